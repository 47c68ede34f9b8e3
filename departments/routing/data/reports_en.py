"""Synthetic English report vocabulary for the router, written for this project.

Report titles (as typed into a municipal reporting app's title field, or picked from its
category menu) and report bodies (an app's description field, a web form, an e-mail to the city,
or a complaint tweet to a rail or bus operator), in American, British and Indian English. Every
entry was written by hand for this file: nothing is copied from real reports, real posts or any
collection of citizen texts. Streets, places, stops, lines, train numbers, times and day counts
are slots ({street}, {num}, {place}, {stop}, {line}, {train}, {time}, {days}) that the training
set builder fills; "[a|b|c]" picks one alternative (may nest). No real people, brands or
contact details.
"""

# Report titles and category names as a resident types them into a reporting app's title field,
# or picks them from its category menu. 1-8 words. "[a|b|c]" picks one alternative (may nest).
TITLES: dict[str, list[str]] = {
    "traffic": [
        "Traffic light out",
        "TRAFFIC LIGHT BROKEN",
        "traffic light not working",
        "Traffic signal malfunction",
        "Traffic Signal Repair",
        "Traffic Signals",
        "Traffic signs & signals",
        "Traffic lights stuck on red",
        "Signal stuck on [red|green|flashing yellow]",
        "traffic lite out",
        "trafic lights broken",
        "Lights out at junction",
        "Lights out at intersection",
        "Traffic light flashing amber",
        "Signal flashing red all directions",
        "All lights dark at crossroads",
        "Traffic light knocked down",
        "Signal head [twisted|turned wrong way|hanging loose]",
        "Traffic light timing",
        "Signal timing too long",
        "Green light too short",
        "Left turn arrow needed",
        "Left filter light not working",
        "Right turn arrow never comes on",
        "Pedestrian signal not working",
        "Walk signal broken",
        "ped button broken",
        "Crossing button doesn't work",
        "Push button at crossing [broken|stuck|missing]",
        "beg button not working",
        "Beeper at crossing not working",
        "Audible signal not working",
        "Green man not coming on",
        "Walk light too short",
        "Not enough time to cross",
        "Pedestrian crossing light timing",
        "Pelican crossing fault",
        "Puffin crossing not working",
        "Toucan crossing lights out",
        "Cycle signal not working",
        "Bike detector not picking up bikes",
        "Zebra crossing faded",
        "ZEBRA CROSSING PAINT GONE",
        "Belisha beacon out",
        "Crosswalk paint faded",
        "cross walk lines worn off",
        "Crosswalk needed",
        "New crosswalk request",
        "Request for [zebra crossing|pedestrian crossing|crosswalk]",
        "Need a safe place to cross",
        "School crossing needed",
        "Road sign missing",
        "Road Sign Damaged",
        "Sign - Damaged/Missing",
        "Sign Repair Request",
        "Signs - Traffic",
        "stop sign knocked down",
        "STOP SIGN DOWN",
        "Stop sign [missing|bent|faded|twisted|stolen]",
        "stopsign gone",
        "Yield sign missing",
        "Give way sign damaged",
        "Speed limit sign missing",
        "Speed sign hidden by branches",
        "Sign covered by hedge",
        "One way sign turned around",
        "No entry sign vandalised",
        "Sign pointing wrong way",
        "Temporary signs left behind",
        "Street name sign missing",
        "Street sign down",
        "street sign stolen",
        "Street Name Signs",
        "Signs - Street Name",
        "Road name plate damaged",
        "Street name sign [faded|bent|misspelled|unreadable]",
        "streetsign spelled wrong",
        "Road markings faded",
        "ROAD MARKINGS WORN",
        "Road Markings / Lining",
        "Line painting request",
        "Lines on road worn out",
        "Faded lane markings",
        "Yellow lines need repainting",
        "double yellows faded",
        "Parking bay lines worn",
        "Give way lines worn away",
        "Stop line missing",
        "Illegal parking",
        "ILLEGAL PARKING ON MY STREET",
        "illegally parked car",
        "Parking violation",
        "Parking complaint",
        "Parking - Other",
        "Parking enforcement request",
        "Parking Enforcement",
        "Illegal parking / obstruction",
        "Parked on sidewalk",
        "Parking on pavement",
        "Car parked on footpath",
        "Pavement parking again",
        "Blocked driveway",
        "DRIVEWAY BLOCKED AGAIN",
        "Car blocking my driveway",
        "Vehicle blocking [driveway|dropped kerb|garage|gate]",
        "Someone parked across my drive",
        "Parked in front of fire hydrant",
        "Hydrant blocked by parked car",
        "Parking in bike lane",
        "Cars parked in cycle lane",
        "Parking on double yellow lines",
        "Parking on school zig zags",
        "Double parking",
        "double parked vans",
        "Parked in disabled bay without badge",
        "Handicap spot misuse",
        "Blue badge bay abuse",
        "Parking on grass verge",
        "Parking meter broken",
        "PARKING METER NOT WORKING",
        "parkng meter out of order",
        "Pay and display machine faulty",
        "Parking machine ate my coins",
        "Parking kiosk not taking cards",
        "Parking Meters",
        "Residents parking permit",
        "Parking permit question",
        "Visitor permit not received",
        "Permit zone request",
        "Abandoned vehicle",
        "ABANDONED VAN",
        "abandoned car",
        "abandonded car",
        "Vehicle - Abandoned",
        "Abandoned Vehicles",
        "Derelict vehicle",
        "Junk car on street",
        "Untaxed car",
        "Car with no plates",
        "Car not moved in months",
        "Burnt out car",
        "Abandoned [caravan|trailer|camper van|boat trailer]",
        "Abandoned bike",
        "abandoned bicycle locked to railing",
        "Bike wreck at rack",
        "Dumped bike",
        "Abandoned e-scooter",
        "escooter dumped on pavement",
        "E-scooter blocking sidewalk",
        "Rental scooters blocking path",
        "Hire bikes piled up",
        "Speeding",
        "SPEEDING CARS",
        "Speeding on residential street",
        "speeders",
        "Cars racing at night",
        "Speed camera request",
        "Request speed bump",
        "speed bumb needed",
        "Speed hump needed",
        "Speed bumps too high",
        "Traffic calming request",
        "Traffic Calming",
        "20 mph zone request",
        "Slow down signs needed",
        "Rat run through estate",
        "Congestion",
        "Traffic jam every morning",
        "Gridlock at junction",
        "Traffic backed up",
        "Road closed without notice",
        "Road closure",
        "Road closure not signed",
        "Diversion signs confusing",
        "Detour signs wrong",
        "Closed road - no detour",
        "Bike lane blocked",
        "Cycle lane request",
        "bikelane needed",
        "Protected bike lane request",
        "Cycle path ends abruptly",
        "Bike rack request",
        "More bike parking needed",
        "Cycle Lanes",
        "Dangerous junction",
        "Dangerous intersection",
        "DANGEROUS CORNER",
        "Near miss at crossroads",
        "Poor visibility at junction",
        "Roundabout dangerous",
        "Blind corner",
        "Traffic mirror broken",
        "Mirror needed at blind exit",
        "Lorries in residential street",
        "HGVs using our road",
        "Trucks cutting through",
        "Weight limit ignored",
        "Delivery trucks on residential road",
        "Honking",
        "Constant horn honking",
        "Drivers honking at junction",
        "Taxis honking outside",
        "Running red lights",
        "Cars ignoring stop sign",
        "Wrong way drivers",
        "Tow away request",
        "Traffic/Parking",
    ],
    "public_works": [
        "Pothole",
        "HUGE POTHOLE",
        "pothole outside my house",
        "Pot hole",
        "pot-hole in road",
        "pothoal",
        "Potholes",
        "POTHOLES EVERYWHERE",
        "Large pothole",
        "Deep pothole in lane",
        "Pothole repair",
        "Pothole in Street",
        "Potholes - Road",
        "Pothole on [main road|bend|bus route|cycle lane]",
        "Road surface damaged",
        "Road defect",
        "Road Surface Problem",
        "Broken asphalt",
        "Crumbling road surface",
        "Tarmac breaking up",
        "Road sinking",
        "Sunken road",
        "Sinkhole",
        "Road collapse",
        "Road cracking",
        "Uneven road surface",
        "Loose gravel on road",
        "Street resurfacing request",
        "Utility cut not repaired",
        "Trench not reinstated",
        "Patch repair failed",
        "Broken pavement",
        "Cracked sidewalk",
        "Sidewalk repair",
        "SIDEWALK BROKEN",
        "sidewalk damaged",
        "Uneven paving slab",
        "Loose paving stone",
        "Wobbly paving slabs",
        "Trip hazard",
        "TRIP HAZARD ON PAVEMENT",
        "Raised flagstone",
        "Footpath damaged",
        "Footway defect",
        "Pavements",
        "Sidewalk lifted by tree roots",
        "Kerb damaged",
        "Broken curb",
        "Curb cut missing",
        "Curb ramp broken",
        "Dropped kerb request",
        "Missing bricks in path",
        "Gravel path washed out",
        "Streetlight out",
        "Street light not working",
        "STREET LIGHTS OUT WHOLE ROAD",
        "street lite out",
        "light out on corner",
        "Street lamp flickering",
        "Street Lighting",
        "Street Light - Out",
        "Lamp post damaged",
        "Lamppost leaning",
        "lamp post hit by car",
        "Light on during day",
        "Street light on all day",
        "Streetlight cycling on and off",
        "Dark street - lights out",
        "Several lights out in a row",
        "Lamp column knocked down",
        "Exposed wires at lamp post",
        "Lamp post door missing",
        "Park lights not working",
        "Underpass lights out",
        "Alley light out",
        "streetlamp broken",
        "Light too dim",
        "Fallen tree",
        "Tree down",
        "TREE DOWN ACROSS ROAD",
        "tree fell on path",
        "Tree branch hanging",
        "Overhanging branches",
        "Branches over footpath",
        "Low branches hitting buses",
        "Tree pruning request",
        "Tree trimming",
        "Tree Maintenance",
        "Trees - Street",
        "Dead tree",
        "Dying tree",
        "Tree leaning",
        "Hazardous tree",
        "Tree roots lifting pavement",
        "Tree stump removal",
        "Tree planting request",
        "Storm damage - tree",
        "Broken branch",
        "Tree blocking streetlight",
        "Ivy on tree",
        "Park maintenance",
        "Parks & Open Spaces",
        "Grass cutting",
        "Grass needs mowing",
        "GRASS NOT CUT",
        "Long grass in park",
        "Overgrown verge",
        "Verge cutting",
        "Mowing request",
        "Hedge cutting",
        "Hedge overgrown on path",
        "Weeds on pavement",
        "Weeds in gutter",
        "Weed control",
        "weeds everywhere",
        "Overgrown flower beds",
        "Shrubs overgrown",
        "Brambles across path",
        "Nettles on footpath",
        "Playground equipment broken",
        "Broken swing",
        "Swing chain broken",
        "Slide damaged",
        "Playground damaged",
        "Play area gate broken",
        "Play park unsafe",
        "Climbing frame unsafe",
        "Sandpit dirty",
        "Safety surface torn",
        "Broken bench",
        "Bench damaged",
        "Park bench missing slats",
        "New bench request",
        "Picnic table broken",
        "Public toilet closed",
        "Public toilets dirty",
        "Restroom out of order",
        "Toilet block vandalised",
        "Drinking fountain not working",
        "Water fountain broken",
        "Fountain dirty",
        "Fountain not running",
        "Litter bin full",
        "Overflowing bin",
        "OVERFLOWING TRASH CAN",
        "Bin overflowing at bus stop",
        "Trash can full at bus stop",
        "Bin full at tram stop",
        "Dog waste bin full",
        "Dog poo bin missing",
        "Bin needed",
        "Litter bin damaged",
        "Litter",
        "Litter in park",
        "Rubbish on street",
        "Trash on sidewalk",
        "Litter picking needed",
        "Broken glass on path",
        "broken glass everywhere",
        "Fly-tipping",
        "Fly tipping",
        "flytipping",
        "FLY TIPPING IN ALLEY",
        "Illegal dumping",
        "Illegal dumping - furniture",
        "illegal dumping again",
        "Dumped mattress",
        "Dumped sofa",
        "Dumped fridge",
        "Dumped tyres",
        "Dumped rubbish",
        "Dumped builders waste",
        "Dumped [couch|mattress|TV|washing machine|carpet]",
        "Rubbish bags left on street",
        "Trash bags on corner",
        "Bulky waste collection",
        "Bulk item pickup",
        "Large item pickup request",
        "Bulky Item Collection",
        "Missed collection",
        "Missed bin",
        "MISSED PICKUP",
        "missed pick up",
        "Missed garbage pickup",
        "Missed trash collection",
        "Missed recycling",
        "Recycling not collected",
        "Garden waste not collected",
        "Yard waste missed",
        "Compost not picked up",
        "Food waste bin not emptied",
        "Brown bin missed",
        "Blue bin not emptied",
        "Green bin not collected",
        "Bin not emptied",
        "Whole street missed",
        "Bin not returned",
        "Bin damaged by crew",
        "New bin request",
        "Replacement bin",
        "Cart damaged",
        "Broken garbage cart",
        "Recycling cart request",
        "Stolen wheelie bin",
        "wheelie bin lid broken",
        "Extra bin request",
        "Recycling container full",
        "Bottle bank full",
        "Glass container overflowing",
        "Clothing bank overflowing",
        "Rubbish around recycling point",
        "Trash around containers",
        "Street cleaning",
        "Street sweeping request",
        "Street needs sweeping",
        "Street Cleansing",
        "Sweeper missed our street",
        "Dirty street",
        "Leaves on footpath",
        "Leaf clearance",
        "Slippery leaves",
        "Leaf collection",
        "Snow not cleared",
        "Sidewalk not plowed",
        "Snow plow missed street",
        "Snow & Ice",
        "Gritting request",
        "Icy footpath",
        "Road not gritted",
        "Grit bin empty",
        "Salt bin empty",
        "Snow removal",
        "Ice on pavement",
        "Blocked drain",
        "Drain blocked",
        "DRAIN BLOCKED - ROAD FLOODING",
        "Gully blocked",
        "Road gully full",
        "Catch basin clogged",
        "Storm drain clogged",
        "Drainage",
        "Drain smells",
        "Sewer smell",
        "Sewer backup",
        "Sewer overflowing",
        "Manhole cover loose",
        "Manhole cover missing",
        "Rattling manhole cover",
        "Drain cover broken",
        "Grate missing",
        "Flooding on road",
        "Road flooded",
        "Flooded street",
        "Flooding",
        "Standing water",
        "Ponding water",
        "Water leak",
        "Water main break",
        "Burst water main",
        "Water leaking from road",
        "Water bubbling up from road",
        "Leaking fire hydrant",
        "Hydrant damaged",
        "Open hydrant",
        "Fire hydrant knocked over",
        "Graffiti",
        "GRAFFITI ON UNDERPASS",
        "Graffiti removal",
        "Graffiti on wall",
        "Graffiti on electrical box",
        "Tagging on bridge",
        "Offensive graffiti",
        "Stickers all over lamp post",
        "Fly posting",
        "Road works left unfinished",
        "Construction site mess",
        "Roadworks barriers left",
        "Hole left by contractors",
        "Works site unsafe",
        "Construction debris in street",
        "Contractor damaged pavement",
        "Bridge damaged",
        "Footbridge railing broken",
        "Railing loose",
        "Broken fence",
        "Fence damaged in park",
        "Retaining wall collapsing",
        "Wall crumbling",
        "Steps broken",
        "Stairs damaged",
        "Handrail missing on steps",
        "Public stairs slippery",
        "Public building maintenance",
        "Library roof leaking",
        "Community centre door broken",
        "Broken window at community hall",
        "Needles",
        "Syringe found",
        "Needle pickup",
        "Discarded needles in park",
        "Sharps found",
        "Stream blocked",
        "Culvert blocked",
        "Ditch overgrown",
        "Creek full of rubbish",
        "Pond dirty",
        "Pond overflowing",
        "Pond algae",
    ],
    "transit": [
        "Bus late",
        "Bus late again",
        "BUS DIDN'T SHOW",
        "bus no-show",
        "Bus did not stop",
        "Bus drove past stop",
        "Driver didn't stop for me",
        "Bus left early",
        "Bus too early",
        "Bus bunching",
        "Buses come in threes",
        "Last bus cancelled",
        "Night bus never came",
        "Bus stop not served",
        "Bus skipped my stop",
        "Bus route change",
        "More buses needed",
        "Service frequency",
        "Bus shelter damaged",
        "Bus shelter glass smashed",
        "Shelter roof leaking",
        "No shelter at stop",
        "Bus shelter request",
        "Bus stop sign missing",
        "Bus stop relocation",
        "New bus stop request",
        "Bus stop moved without notice",
        "Bus timetable wrong",
        "Timetable not displayed",
        "Timetable missing at stop",
        "Real time display not working",
        "Departure board blank",
        "Countdown sign broken",
        "Next stop display broken",
        "Announcements not working",
        "Tram delayed",
        "Tram breakdown",
        "Trams not running",
        "tram stuck",
        "Metro delays",
        "Subway delays",
        "Subway car dirty",
        "Metro station dirty",
        "Underground station lift broken",
        "Train cancelled",
        "TRAIN CANCELLED AGAIN",
        "train cancelled no notice",
        "Train delayed",
        "Late train",
        "Train stuck outside station",
        "Signal failure delays",
        "Missed connection",
        "Overcrowded bus",
        "Overcrowded train",
        "Packed like sardines",
        "Bus full - left behind",
        "Not enough carriages",
        "Short formed train",
        "Rude driver",
        "RUDE BUS DRIVER",
        "Bus driver complaint",
        "Driver on phone while driving",
        "Bus driver speeding",
        "Bus driving dangerously",
        "Conductor rude",
        "Staff complaint",
        "Ticket inspector rude",
        "TTE misbehaviour",
        "TTE asking for money",
        "Ticket machine broken",
        "Ticket vending machine out of order",
        "Card reader not working on bus",
        "Validator broken",
        "Contactless not working",
        "Ticket gates stuck",
        "Fare increase",
        "Fares too high",
        "Fare refund",
        "Refund request",
        "Refund not received",
        "Delay compensation claim",
        "Compensation for delay",
        "Ticket refund",
        "Season ticket problem",
        "Monthly pass not working",
        "Student pass",
        "Pensioner bus pass",
        "App not working",
        "Ticket app crashed",
        "Journey planner wrong",
        "Booking problem",
        "Booking failed but money deducted",
        "Seat reservation",
        "Reserved seat taken",
        "Reservation not shown",
        "PNR status not updating",
        "Berth issue",
        "Waiting list ticket",
        "Wheelchair ramp not working",
        "Ramp not deployed",
        "Lift out of service at station",
        "Elevator broken at station",
        "Escalator out of order",
        "No step free access",
        "Accessibility - Bus",
        "Pram space taken",
        "Dirty bus",
        "Dirty train",
        "Dirty coach",
        "Train toilet blocked",
        "Toilet locked on train",
        "No water in train toilet",
        "Station toilets closed",
        "Bus smells",
        "AC not working",
        "Coach AC not working",
        "Air con broken on bus",
        "Heating off on tram",
        "Too hot on the train",
        "Freezing on the train",
        "Platform change",
        "Platform alteration not announced",
        "Wrong platform shown",
        "Rail replacement bus",
        "Replacement bus late",
        "Replacement buses chaos",
        "Lost property on bus",
        "Left bag on train",
        "Lost item on tram",
        "lost phone on the metro",
        "Pantry food quality",
        "Food on board overpriced",
        "Charging point not working in coach",
        "Wifi on train not working",
        "Public Transport",
        "Bus Service",
        "Rail Service Complaint",
    ],
    "communication": [
        "Noise complaint",
        "NOISE",
        "noise at night",
        "Loud music",
        "LOUD MUSIC AT 3AM",
        "Loud party",
        "Party every weekend",
        "Noisy neighbours",
        "noisy neighbors",
        "Neighbour playing music all night",
        "Noise - Residential",
        "Noise - Commercial",
        "Noise - Street/Sidewalk",
        "Noise - Construction",
        "Barking dog",
        "Dog barking all day",
        "dog barking nonstop",
        "Construction noise",
        "Construction noise early morning",
        "Building work at night",
        "Drilling on Sunday",
        "Roadworks noise at night",
        "Leaf blower noise",
        "Leaf blowers at 7am",
        "Noise from bar",
        "Pub noise",
        "Club music too loud",
        "Bar patio noise",
        "Loud car stereo",
        "Car alarm going off",
        "House alarm ringing for hours",
        "Fireworks",
        "Fireworks every night",
        "Generator noise",
        "Rooftop AC humming",
        "Ice cream van chimes",
        "Homeless encampment",
        "HOMELESS CAMP",
        "Encampment",
        "Tents in park",
        "Tents under bridge",
        "Homeless camp under overpass",
        "Rough sleeper",
        "Rough sleeper in doorway",
        "Person sleeping on bench",
        "Someone sleeping in bus shelter",
        "Welfare check",
        "Unhoused person needs help",
        "Shopping trolleys at camp",
        "Stray dog",
        "Loose dog",
        "Dog off leash",
        "Dog running loose in park",
        "Aggressive dog",
        "Dangerous dog",
        "Dog bite",
        "Dead animal",
        "DEAD FOX ON PAVEMENT",
        "Dead animal on road",
        "Dead fox",
        "Dead deer on road",
        "Dead cat in street",
        "Dead bird",
        "Roadkill",
        "Dead animal pickup",
        "Injured bird",
        "Injured swan",
        "Animal cruelty",
        "Animal Welfare",
        "Dog left in hot car",
        "Neglected horse",
        "Stray cats",
        "Feral cats",
        "Raccoon in yard",
        "Fox in garden",
        "Coyote sighting",
        "Bat in house",
        "Snake in yard",
        "Rats",
        "RATS IN GARDEN",
        "rats everywhere",
        "Rat sighting",
        "Rodent problem",
        "Rats in park",
        "Rats near bins",
        "Rats by the canal",
        "Mice in flat",
        "Mice",
        "Wasps nest",
        "Bee swarm",
        "Hornet nest",
        "Mosquitoes",
        "Pigeons",
        "Pigeon droppings",
        "Pigeons nesting under bridge",
        "Bed bugs",
        "Cockroaches",
        "Seagulls attacking people",
        "Pest control",
        "Pest Control Request",
        "Overgrown garden",
        "Overgrown yard",
        "Tall grass on private property",
        "Neighbour's garden overgrown",
        "Vacant lot overgrown",
        "Derelict house",
        "Empty house",
        "Vacant building",
        "Abandoned house",
        "Unsafe building",
        "Building without permit",
        "Illegal construction",
        "Illegal extension",
        "Unpermitted work",
        "Junk in front yard",
        "Trash in neighbor's yard",
        "Hoarding",
        "Property maintenance",
        "Code Enforcement",
        "Code violation",
        "Zoning violation",
        "Illegal holiday let",
        "No heat",
        "NO HEAT IN BUILDING",
        "No heating in apartment",
        "No hot water",
        "Heat/Hot Water",
        "Landlord won't fix",
        "Landlord complaint",
        "Mould in flat",
        "Mold",
        "Damp in bedroom",
        "Leak in apartment ceiling",
        "Housing repair",
        "Eviction",
        "Tenant rights",
        "Food poisoning",
        "Restaurant hygiene",
        "Dirty restaurant",
        "Rats in restaurant",
        "Food safety",
        "Expired food sold",
        "Food truck hygiene",
        "Drug dealing",
        "Drug use",
        "Break-in",
        "Burglary",
        "Car broken into",
        "Bike stolen",
        "Loitering",
        "Antisocial behaviour",
        "Anti-social behavior",
        "Suspicious person",
        "Youths gathering",
        "Street drinking",
        "Fight outside bar",
        "Harassment",
        "Thank you",
        "Thanks",
        "thanks for the quick fix",
        "Compliment",
        "Great job",
        "Thanks for fixing the pothole",
        "Pothole fixed - thanks!",
        "Well done crew",
        "Streetlight fixed thank you",
        "Kudos to the bin men",
        "Compliment for bus driver",
        "Thanks to the snow crew",
        "Opening hours",
        "Town hall opening hours",
        "Passport appointment",
        "Renew passport",
        "Council tax",
        "Property tax bill",
        "Voter registration",
        "Polling station",
        "Events this weekend",
        "Christmas market",
        "Birth certificate",
        "Marriage licence",
        "Dog licence",
        "Library card",
        "Job vacancies",
        "Business licence",
        "Council meeting",
        "Question for the mayor",
        "Budget",
        "Elections",
        "Stop wasting money",
        "Resign",
        "Tax increase",
        "Win a free phone",
        "Crypto investment",
        "SEO services",
        "Check my profile",
        "Click here",
        "test",
        "test test",
        "asdf",
        "hello",
        "hi",
        "???",
        "Good morning",
        "Nice weather today",
        "Happy holidays",
        "lol",
        "Love this city",
        "General Enquiry",
        "Other",
        "Feedback",
    ],
}
# Report bodies: 1-3 sentences, as written in a reporting app's description field, a web form,
# an e-mail to the city, or a complaint tweet to a transport operator (no @handles: the builder
# adds them). "[a|b]" alternatives allowed. Slots the builder fills: {street} a street name,
# {num} a house number, {place} a park, square or landmark, {stop} a stop or station name,
# {line} a bus or tram line number, {train} a train number, {time} a clock time, {days} a number
# of days. transit: complaint tweets to a rail operator first, then city buses, trams, metro,
# stops and stations.
BODIES: dict[str, list[str]] = {
    "traffic": [
        "The traffic light at {street} and {place} is completely out, cars are treating it as "
        "a free-for-all.",
        "Signal at the junction of {street} has been stuck on red for over [ten minutes|half "
        "an hour], drivers are going through it anyway.",
        "Traffic lights flashing amber in all directions at {street} / {place} since this "
        "morning. Someone is going to get hurt.",
        "Location: outside {num} {street}. Problem: traffic signal not working. Noticed: today "
        "at {time}.",
        "The pedestrian light at {stop} never turns green, I pressed the button [five "
        "times|over and over] and waited for two full cycles.",
        "Walk signal at {street} crossing gives about 6 seconds. My elderly mother cannot make "
        "it across before the cars go.",
        "The push button on the crossing outside {num} {street} has been broken for {days} "
        "days, it just spins and nothing happens.",
        "Beeping sound for blind people at the {place} crossing has stopped working, please "
        "fix, my neighbour relies on it.",
        "Green man at the pelican crossing by {place} doesn't come on at all, people are just "
        "dodging traffic.",
        "Left turn arrow at {street} only lets two cars through, the queue backs up past {num} "
        "every evening.",
        "The signal head on the corner of {street} got hit and is now pointing at the side "
        "street instead of the main road.",
        "Hi, the lights at {street} go green for both directions at the same time around "
        "{time}. Nearly had a crash today.",
        "Bike signal at {place} does not detect bicycles, I have to wait until a car comes or "
        "run the red.",
        "Traffic signal out at {street}. Police directing traffic but nobody there now.",
        "The zebra crossing on {street} near the school is so faded you can barely see it, "
        "cars don't stop anymore.",
        "Belisha beacon on the zebra outside {num} {street} has been out for weeks, crossing "
        "is invisible after dark.",
        "Crosswalk lines at {street} and {place} have basically disappeared after the winter. "
        "Please repaint.",
        "We need a crosswalk on {street} between the bus stop and {place}. People run across "
        "four lanes every day.",
        "Please could the council consider a pedestrian crossing near {place}, kids cross "
        "there on the way to school and traffic is fast.",
        "Requesting a marked crossing at {street}, nearest one is 400 m away so nobody uses it.",
        "STOP sign at {street} and {num} is lying on the ground, looks like a car took it out "
        "last night.",
        "Stop sign missing at the corner of {street}. Only the pole is left. Very dangerous "
        "intersection without it.",
        "Yield sign on {street} is bent over so far it faces the pavement.",
        "The give way sign at the end of {street} has been knocked flat, drivers pull straight "
        "out.",
        "Speed limit sign on {street} is completely hidden behind branches, nobody knows it's "
        "a 20 zone.",
        "The one way sign at the entrance of {street} has been turned round, cars are now "
        "going the wrong way down it.",
        "No entry sign at {street} spray painted over, can't read it at night.",
        "Someone stole the street name sign on the corner of {street} and {place}, delivery "
        "drivers keep getting lost.",
        "Street sign for {street} is missing at the {place} end. Ambulance couldn't find us "
        "last month.",
        "The name plate on {num} {street} says the wrong street name, it's been like this for "
        "years.",
        "Street name sign bent and hanging off the post by one screw, corner of {street}.",
        "Temporary no parking signs from the event on {street} were never taken away, still "
        "there after {days} days.",
        "Road markings on {street} are worn out, you can't see the lanes when it rains at night.",
        "The white lines at the {place} roundabout are gone, everyone just guesses which lane "
        "they are in.",
        "Double yellow lines outside {num} {street} need repainting, people claim they can't "
        "see them and park anyway.",
        "Give way lines at the junction of {street} have worn away completely, near misses "
        "every day.",
        "Stop line at the lights on {street} missing since the road was resurfaced.",
        "Parking bays on {street} were never repainted after the works so people park all over "
        "the place.",
        "Car parked on the sidewalk in front of {num} {street}, I had to walk my kid's "
        "stroller into the road.",
        "Cars parked fully on the pavement all along {street}, wheelchair users can't get "
        "through at all.",
        "Van parked on the footpath outside {num} {street} every night from about {time}.",
        "Someone is blocking my driveway at {num} {street}. Silver hatchback, been there since "
        "{time}. I need to get to work.",
        "Car parked across my dropped kerb again at {num} {street}, third time this week.",
        "Vehicle blocking driveway. Address: {num} {street}, since {time}. Please send "
        "enforcement.",
        "There is a car parked right in front of the fire hydrant outside {num} {street}, it "
        "has been there all day.",
        "Delivery trucks keep parking in the bike lane on {street} around {time}, forcing "
        "cyclists into traffic.",
        "Cars parked in the cycle lane on {street} every evening, no enforcement ever.",
        "People park on the double yellows outside {place} all weekend, buses can't get round "
        "the corner.",
        "Parents parking on the zig zags outside the school on {street} at drop off and pick "
        "up. Please send a warden.",
        "Double parking on {street} every morning, whole road blocked for ten minutes at a time.",
        "Car parked in the disabled bay at {place} without a badge for the third day running.",
        "Why is there never any parking enforcement on {street}? Cars on the kerb, on corners, "
        "everywhere.",
        "Illegal parking at {num} {street}, car parked on the corner so you can't see oncoming "
        "traffic.",
        "Parking meter on {street} near {num} is not working, screen is blank. I don't want a "
        "ticket for it.",
        "The pay and display machine at {place} took my coins and gave no ticket.",
        "Parking kiosk on {street} not accepting cards, and nobody carries cash anymore.",
        "The parking app zone number on the sign at {street} is wrong, it charges me for a "
        "different area.",
        "Parking meter out of order outside {num} {street}, please fix or put a notice on it.",
        "I applied for a residents parking permit {days} days ago and still haven't heard "
        "anything.",
        "Our visitor parking permits never arrived in the post. How do I get replacements?",
        "Could {street} please be added to the residents permit zone? Commuters fill the "
        "street from 7am.",
        "How much is a parking permit for a second car at {num} {street}?",
        "Abandoned car at {num} {street}, flat tyres, covered in leaves, hasn't moved in "
        "[months|weeks|since summer].",
        "Abandoned vehicle - no plates - parked outside {num} {street} for at least {days} days.",
        "There's a car on {street} with no tax, smashed window and a parking ticket from last "
        "year on it.",
        "Junk car sitting on {street} near {place} for ages, kids are climbing on it.",
        "Burnt out car dumped at the end of {street}, next to {place}.",
        "Old camper van parked on {street} for {days} days, it takes up three spaces.",
        "Abandoned trailer left at {num} {street}, not attached to anything, since the end of "
        "last month.",
        "White van with flat tyres parked outside {num} {street} for weeks, tax expired.",
        "A boat on a trailer has been parked on {street} all winter.",
        "There is an abandoned bike locked to the railing outside {num} {street}, missing both "
        "wheels.",
        "Bike wreck in the rack at {stop} for months, taking up space for people who actually "
        "use it.",
        "Rusty bicycle chained to the signpost at {street}, frame bent, been there forever.",
        "Three e-scooters dumped across the sidewalk at {street} and {num}, I almost fell over "
        "them.",
        "Rental scooters left in the middle of the pavement by {place} every single morning.",
        "E-scooter lying in the road on {street} since yesterday, cars swerving around it.",
        "Hire bikes piled up at {place}, blocking the entrance to the flats.",
        "Cars doing 50 on {street} every evening, it's a residential street with kids playing.",
        "Speeding on {street} is out of control. Can we get a speed camera or at least a "
        "police check?",
        "Motorbikes racing up and down {street} after {time} most nights.",
        "Request for speed bumps on {street}. Drivers use it as a shortcut and fly down "
        "towards {place}.",
        "The new speed humps on {street} are too high, my car scrapes every time even at 10 mph.",
        "Please consider traffic calming on {street}, there have been two accidents near {num} "
        "this year.",
        "Can the speed limit on {street} be lowered to 20? It's right next to {place} where "
        "children play.",
        "{street} has become a rat run since the main road changed, hundreds of cars cut "
        "through at rush hour.",
        "Traffic on {street} is backed up every day from {time}, the junction at {place} can't "
        "cope.",
        "Gridlock at {place} every evening since the new layout, it takes 20 minutes to do 500 m.",
        "Congestion on {street} is terrible because the lights only let three cars through.",
        "Road closed on {street} with no warning signs, I only found out when I got there.",
        "{street} closed for the market but the diversion signs send you straight into a dead end.",
        "Detour signs on {street} point both ways, drivers doing U-turns everywhere.",
        "Road closure at {place} has no signposted detour, everyone is turning into our little "
        "side street.",
        "Why is {street} closed again? Nothing on the website and no signs until the barrier.",
        "The bike lane on {street} is blocked by construction fencing and there is no alternative.",
        "Cycle lane on {street} just ends at {num} and throws you into the traffic.",
        "We need a protected bike lane on {street}, painted lines are not enough with the "
        "buses passing.",
        "Please install bike racks near {place}, people lock bikes to every fence and tree.",
        "The cycle path at {place} has bollards so close together that cargo bikes can't get "
        "through.",
        "Junction of {street} and {place} is dangerous, cars turning right can't see cyclists "
        "coming.",
        "Near miss at the crossroads on {street} again this morning, the hedge on the corner "
        "blocks the view.",
        "The roundabout at {place} is a nightmare for cyclists, drivers don't look. Please "
        "redesign it.",
        "The mirror at the blind exit by {num} {street} has been smashed, you can't see "
        "anything coming.",
        "Blind corner on {street}, cars come round at speed. A mirror or warning sign would help.",
        "Lorries keep using {street} as a shortcut even though there's a weight limit sign. "
        "The houses shake.",
        "HGVs reversing down {street} at {time} to reach the warehouse, it's a residential road.",
        "Huge delivery trucks cutting through {street} every morning, they mount the kerb to pass.",
        "Drivers honk constantly at the junction of {street} because the light is too short.",
        "Taxis waiting outside {place} honk their horns at every car, all evening.",
        "Cars running the red light at {street} every few minutes, need a camera there.",
        "Drivers ignore the stop sign at {street} and {num}, nobody even slows down.",
        "People drive the wrong way down one-way {street} to avoid the lights.",
        "Please tow the car outside {num} {street}, it has been parked there for {days} days "
        "without moving.",
        "Traffic signal at {street} cycles so fast pedestrians get about 5 seconds. Please adjust.",
        "signal out at {street} and {place}. cars everywhere",
        "lights broken at {place} again, 3rd time this month!!",
        "stop sign gone at {street}, someone will die",
        "car parked on sidewalk at {num} {street} AGAIN",
        "abandoned car {street} since forever pls remove",
        "ped light stuck on dont walk at {stop}",
        "no one obeys the 20 mph on {street}",
        "bike lane on {street} full of parked cars as usual",
        "CARS PARKED ON THE CROSSWALK AT {street}. EVERY DAY.",
        "TRAFFIC LIGHT OUT AT {street}!!!",
        "Dear Sir/Madam, I wish to report a vehicle that appears to have been abandoned "
        "outside {num} {street}. It has not moved for approximately {days} days and has two "
        "flat tyres.",
        "Dear council, I am writing about the speeding on {street}. Could you please carry out "
        "a traffic survey and consider speed humps?",
        "To whom it may concern: the pedestrian crossing signal at {street} near {place} is "
        "not working. Please arrange a repair as soon as possible.",
        "Good afternoon, the road markings at the junction of {street} and {place} have faded. "
        "Could they be repainted before the dark evenings?",
        "Hello, I would like to request residents only parking on {street}. We cannot park "
        "near our homes during the day.",
        "Address: {num} {street}. Issue: vehicle parked on pavement, blocking access. Time: "
        "{time}.",
        "Location: {street} near {place}. Description: street name sign missing. Reported by "
        "resident.",
        "Category: Traffic signals. Location: {street}/{place}. Details: signal stuck on "
        "flashing red.",
        "Issue type: abandoned bicycle. Where: bike rack at {stop}. Details: no saddle, both "
        "tyres flat, rusted chain.",
        "Signal timing at {place} is terrible, green for two seconds then red for two minutes.",
        "Reported the broken crossing button at {street} {days} days ago and it still isn't fixed.",
        "Still waiting for the stop sign on {street} to be replaced. Reported it weeks ago.",
        "This is my third report about the car blocking the hydrant on {street}. Nothing has "
        "happened.",
        "The sign saying no through road on {street} has been removed so sat navs send lorries "
        "down here.",
        "Cars parked on both corners of {street} make it impossible for the bin lorry or a "
        "fire engine to turn.",
        "Someone has parked a car on the grass verge at {place} and left it with a for sale "
        "sign for weeks.",
        "The dockless bikes at {stop} are piled up over the tactile paving, blind people trip "
        "on them.",
        "The new layout on {street} has no give way markings and drivers don't know who has "
        "priority.",
        "Traffic signals at {place} are out because of the power cut, police are not there, "
        "it's chaos.",
        "Cars speed through the school zone on {street} at drop off time, a lollipop person or "
        "flashing sign is needed.",
        "Please install a speed indicator sign on {street} near {num}, it might make people "
        "slow down.",
        "Parking wardens only come at 9, the illegal parking outside {place} happens at {time}.",
        "Please remove the broken e-scooter dumped in the bushes by {place}, it's been there "
        "{days} days.",
        "Cars are parking on the bend at {street} and buses have to drive on the wrong side to "
        "get past.",
        "Vans parked on the footway at {street} block the view of the crossing, kids step out "
        "between them.",
        "Pedestrian crossing on {street} has no dropped kerbs and the walk signal is only 7 "
        "seconds.",
        "Traffic light pole on {street} is leaning after a crash, the lights now face the sky.",
        "Traffic lights at {place} turn red for no reason in the middle of the night and "
        "nobody is crossing.",
        "No left turn sign at {street} is missing, cars keep turning into the bus lane.",
        "Could a yellow box junction be painted at {street}? Cars block it and nobody can get "
        "out of our road.",
        "Illegally parked van on the corner of {street} and {place} blocking the view at the "
        "crossing.",
        "Can we please get a 4 way stop at {street} and {place}? Too many close calls.",
        "The flashing school zone sign on {street} doesn't flash anymore, drivers just go 40.",
        "Pedestrian signal countdown at {place} goes straight from 10 to red, very confusing "
        "for older people.",
        "Lorry parked overnight on {street} with its fridge unit running, blocking half the "
        "road and the view of the junction.",
        "Caravan left on the road outside {num} {street} for {days} days, owner lives elsewhere.",
        "A moped with no plates has been chained to the lamp post outside {num} {street} for "
        "months.",
        "The cycle lane paint on {street} is almost gone and drivers just drift into it.",
        "Parking enforcement needed on {street} on match days, people park on every corner and "
        "across driveways.",
        "The traffic island on {street} has lost its keep left sign, someone already drove "
        "into it.",
        "Speed bumps on {street} were removed during resurfacing and never put back, cars are "
        "speeding again.",
        "Bike box at the lights on {street} is always full of cars, maybe paint it a different "
        "colour?",
        "Cars drive through the red light at the crossing by {stop} while the green man is on.",
        "Traffic from the new car park queues onto {street} and blocks the junction every "
        "afternoon.",
        "Our road has no street name sign at either end, visitors and couriers can never find "
        "{num} {street}.",
        "The countdown on the crossing at {street} is broken and shows 88 all the time.",
    ],
    "public_works": [
        "Huge pothole outside {num} {street}, about a foot wide and deep enough to wreck a tyre.",
        "There is a pothole on {street} near {place} that has already burst two tyres this week.",
        "Pothole in the cycle lane on {street}, I nearly came off my bike in the dark.",
        "Pothole reported {days} days ago at {num} {street} is now twice as big.",
        "Several potholes along {street} between {num} and the junction, the road is like a "
        "minefield.",
        "The road surface on {street} is breaking up, loose stones everywhere after the frost.",
        "Deep pothole on the bend by {place}, cars swerve into the other lane to avoid it.",
        "Pot hole at the bus stop on {street}, buses splash everyone waiting when it rains.",
        "Road is sinking outside {num} {street}, there's a dip that gets bigger every week.",
        "Sinkhole opened up on {street} this morning near {place}. Cones are needed urgently.",
        "Tarmac patch on {street} has come out again, they filled it in only a month ago.",
        "Utility company dug up {street} and left a rough patch that is now a pothole.",
        "The trench across {street} outside {num} was never properly filled and has sunk about "
        "5 cm.",
        "Cracks all across the road on {street}, it needs resurfacing not another patch.",
        "Loose gravel on the road at {place} after the repairs, motorbikes sliding on it.",
        "Location: {num} {street}. Problem: pothole roughly 40 cm across, danger to cyclists.",
        "Description: large pothole in the middle of the lane. Nearest address: {num} {street}.",
        "POTHOLE on {street} outside {num}!! Fix it before someone gets hurt",
        "pothole on {street} still there after {days} days. great job",
        "omg the potholes on {street}. my car is falling apart",
        "Broken paving slabs outside {num} {street}, my mum tripped and fell yesterday.",
        "Sidewalk in front of {num} {street} is cracked and raised by about two inches, a real "
        "trip hazard.",
        "The pavement on {street} is lifted by tree roots near {place}, impossible with a "
        "wheelchair.",
        "Loose paving stone by the entrance to {place} rocks when you step on it and splashes "
        "water up your leg.",
        "Footpath between {street} and {place} is crumbling, holes everywhere.",
        "Several flagstones missing on {street} near {num}, the hole has been taped off for "
        "{days} days.",
        "Curb broken at the corner of {street}, chunks of concrete lying in the gutter.",
        "Kerb stones knocked out of line outside {num} {street} after a lorry drove over them.",
        "Curb cut at {street} and {place} is missing, wheelchair users have to go into the road.",
        "Please install a dropped kerb at the crossing on {street}, it's impossible with a pram.",
        "The brick path in {place} has loads of missing bricks, my daughter caught her foot.",
        "Gravel path in {place} washed out by the rain, now a trench down the middle.",
        "Sidewalk on {street} is uneven from {num} to the corner. Seniors walk in the street "
        "instead.",
        "Trip hazard: metal post stump sticking out of the pavement outside {num} {street}.",
        "The streetlight outside {num} {street} has been out for {days} days, the whole "
        "stretch is pitch black.",
        "Street light flickering on and off all night outside {num} {street}.",
        "Street lamp on {street} is on all day long, wasting electricity.",
        "Three streetlights out in a row on {street} between {num} and {place}. Feels unsafe "
        "walking home.",
        "Streetlight out near the entrance to {place}, the path is completely dark after 5pm.",
        "Lamp post on {street} is leaning badly after a car hit it, looks like it could fall.",
        "The door on the lamp post outside {num} {street} is missing and there are wires "
        "hanging out.",
        "Lamp column number 12 on {street} not working. Reported before, still out.",
        "Light in the underpass at {place} has been out for weeks, people avoid it at night.",
        "Lights along the path through {place} are all off, it's a main route home for students.",
        "The street light outside {num} {street} cycles on and off every few minutes, like a "
        "disco.",
        "Streetlight very dim outside {num} {street}, barely lights the pavement.",
        "Alley light behind {num} {street} out, the alley is used as a shortcut and it's very "
        "dark.",
        "Street light pole number on {street} near {num} has been hit and the glass cover is "
        "on the ground.",
        "Lamp post out at {place} by the bench, whole area dark.",
        "street light out {num} {street}. again.",
        "STREETLIGHT OUT ON {street} FOR {days} DAYS",
        "A tree has fallen across {street} near {num} and is blocking the whole road.",
        "Large branch came down in the storm in {place}, it's lying across the main path.",
        "Tree down on the footpath at {street}, people are walking in the road to get round it.",
        "Fallen tree on the cycle path near {place}, still there after {days} days.",
        "Overhanging branches on {street} are so low they hit people in the face on the pavement.",
        "Tree branches scraping the top of the buses on {street}, please trim.",
        "The tree outside {num} {street} is dead, no leaves all summer and bark falling off. "
        "Worried it will fall.",
        "Large tree in {place} leaning towards the playground after the wind, please inspect.",
        "A branch is hanging by a thread above the footpath at {street}, could fall any moment.",
        "Tree roots lifting the pavement outside {num} {street}, slabs sticking up.",
        "Please prune the tree outside {num} {street}, it's covering the streetlight and the sign.",
        "Stump left on the verge at {street} after the tree was cut down, needs grinding out.",
        "Can a new tree be planted in the empty tree pit outside {num} {street}?",
        "Ivy is completely covering the tree on the corner of {street}, it's starting to pull "
        "it over.",
        "Street trees on {street} haven't been pruned in years, branches touch the windows.",
        "Dead branches over the children's play area in {place}. Please remove them before "
        "they fall.",
        "Tree split in half by lightning in {place}, half is hanging over the path.",
        "Grass in {place} hasn't been cut for weeks, it's knee high and full of ticks.",
        "The grass verge along {street} is overgrown and blocks the view for drivers coming out.",
        "Please mow the field at {place}, the kids can't play football, grass is too long.",
        "Hedge along the path from {street} to {place} is so overgrown you have to walk single "
        "file.",
        "Weeds growing out of the pavement all along {street}, some are a metre tall.",
        "Weeds in the gutters on {street} haven't been cleared all year.",
        "Flower beds at {place} are overgrown with weeds and full of litter.",
        "Brambles growing across the footpath at {place}, scratching kids' legs.",
        "Nettles along the path to {place} school, kids get stung every day.",
        "Council verge outside {num} {street} not cut all summer.",
        "Shrubs on the roundabout at {place} have grown wild, looks neglected.",
        "Swing in the playground at {place} is broken, one chain has snapped.",
        "Slide at the {place} play area has a sharp broken edge, my son cut his hand.",
        "Playground at {place} has a broken gate so dogs get in.",
        "The climbing frame in {place} has a loose bar, it wobbles when kids climb. Please "
        "check before someone falls.",
        "The rubber safety surface under the swings in {place} is torn and people trip on it.",
        "Sandpit in {place} is full of broken glass and cigarette ends.",
        "Seesaw in the playground on {street} is missing a seat.",
        "Zip line at {place} is stuck and the cable is fraying.",
        "Bench in {place} is broken, two slats missing and nails sticking out.",
        "Bench by the pond in {place} has been smashed, only the legs are left.",
        "Could we have a bench at the top of {street}? Older residents need to rest on the hill.",
        "Picnic table at {place} is rotting and one side has collapsed.",
        "Public toilets at {place} have been locked for {days} days with no notice.",
        "The toilets in {place} are filthy, no paper, one is blocked and flooding.",
        "Restroom at {place} is out of order again, families have nowhere to go.",
        "Drinking fountain in {place} not working, important in this heat.",
        "Water fountain by the playground at {place} is leaking constantly and the ground is a "
        "mud bath.",
        "The fountain in {place} is full of rubbish and green water.",
        "The ornamental fountain at {place} has been switched off all summer.",
        "Litter bin outside {num} {street} is overflowing, rubbish blowing everywhere.",
        "The trash can at the bus stop on {street} is full and bags are piled up next to it.",
        "Bin at {stop} tram stop hasn't been emptied in {days} days, it stinks and attracts wasps.",
        "Dog waste bin at the entrance of {place} is overflowing, please empty it more often.",
        "The bin near the bus shelter at {stop} is overflowing, people just throw cups on the "
        "ground now.",
        "Litter bin on {street} has been knocked over and the contents are all over the road.",
        "Please install a litter bin on {street} near {num}, there isn't a single one on the "
        "street.",
        "Dog poo bin removed from {place} and now there's mess everywhere.",
        "The bins at {place} are full every Monday morning after the weekend.",
        "Lots of litter along {street}, crisp packets, cans and bottles all over the verge.",
        "Rubbish strewn across {place} after the weekend, needs a litter pick.",
        "Broken glass all over the pavement outside {num} {street}. Dogs and kids walk here.",
        "Trash all over the sidewalk on {street} from the bags ripped open.",
        "Broken bottles on the cycle path near {place}, I've had two punctures.",
        "Litter all over the embankment by {stop}, it's been building up for months.",
        "Someone has fly-tipped a mattress and two sofas on {street} near {num}.",
        "Fly tipping at the end of {street}: builders' rubble, paint tins and black bags.",
        "Illegal dumping behind {place}, looks like a whole house clearance.",
        "A fridge has been dumped on the pavement outside {num} {street} for {days} days.",
        "Tyres dumped in the lay-by on {street}, at least twenty of them.",
        "Someone dumped a couch and a TV on the corner of {street} and {num}.",
        "Bags of garden waste dumped in {place} by the gate.",
        "Pile of rubbish dumped next to the recycling bins at {place}, it's growing every day.",
        "Old carpet and a broken washing machine dumped in the alley behind {num} {street}.",
        "Black bin bags left on the street outside {num} {street} on the wrong day, foxes have "
        "ripped them open.",
        "Illegal dumping AGAIN at {street}. Mattresses, furniture, everything. Cameras please.",
        "flytipping on {street} again. third time this month",
        "Dumped mattress outside {num} {street} in the rain, now soaked and stinking.",
        "I'd like to book a bulky waste collection for a sofa and a wardrobe from {num} {street}.",
        "How do I get a large item pickup for an old fridge? Address is {num} {street}.",
        "Requested a bulky item collection {days} days ago, items still on the curb.",
        "Bulk pickup was scheduled for today but nobody came, items at the curb at {num} {street}.",
        "Missed bin collection at {num} {street}. Bin was out by 7am.",
        "Our garbage wasn't picked up this week, the whole block on {street} was missed.",
        "Recycling not collected on {street} again. This is the third time in two months.",
        "Garden waste bin at {num} {street} not emptied, put out the night before as usual.",
        "Yard waste at {num} {street} was not picked up on the scheduled day.",
        "Food waste caddy not emptied at {num} {street}, it's full of maggots now.",
        "Brown bin missed at {num} {street}, every other house was done.",
        "Blue recycling bin at {num} {street} skipped, the truck drove right past.",
        "Compost cart not picked up at {num} {street} for two weeks.",
        "The trash truck missed our whole street, {street}, yesterday. When will they come back?",
        "Missed collection: general waste, {num} {street}. Bin still on the kerb.",
        "Black bin not emptied again, {num} {street}. Crew left a sticker saying it was "
        "contaminated, it wasn't.",
        "The collection crew threw our bin in the road at {num} {street} and now it has a "
        "broken lid.",
        "Bin men left our wheelie bin in the middle of the pavement outside {num} {street}.",
        "Our wheelie bin was stolen from outside {num} {street}. Need a replacement please.",
        "Garbage cart at {num} {street} is cracked down the side, needs replacing.",
        "Wheel broken on our recycling cart, address {num} {street}.",
        "We moved into {num} {street} and there are no bins. How do we order new ones?",
        "Please deliver an extra recycling bin to {num} {street}, family of six.",
        "Lid of our green bin snapped off when the truck emptied it.",
        "Bottle bank at {place} is full, people are leaving bottles on the ground around it.",
        "Glass recycling container at {street} overflowing, broken glass all over the pavement.",
        "Clothing bank at {place} is overflowing and bags are piled up next to it.",
        "Recycling point on {street} is a mess, cardboard everywhere and containers full.",
        "Trash around the containers at {place} every weekend, it's attracting rats.",
        "Street hasn't been swept on {street} for months, leaves and litter piled up in the "
        "gutter.",
        "Please send the street sweeper to {street}, there's mud and gravel all over the road "
        "from the works.",
        "Sweeper never comes down {street} because of the parked cars. Can you post no parking "
        "notices?",
        "Street cleaning needed outside {place}, it's filthy after the market.",
        "Sticky mess and vomit on the pavement outside {num} {street} after the weekend, needs "
        "washing.",
        "Oil spill across {street} near {num}, slippery for bikes.",
        "Sand and stones on the road at {place} after the flood.",
        "Wet leaves on the footpath on {street} are very slippery, someone fell this morning.",
        "Leaves piled up against the drain at {num} {street}, the road floods when it rains.",
        "When is the leaf collection on {street}? Piles have been in the gutter for {days} days.",
        "Leaves covering the cycle path through {place}, can't see the edge or the holes.",
        "Snow hasn't been cleared on {street}, it's been {days} days and it's a sheet of ice.",
        "Sidewalk on {street} not plowed, people walking in the road.",
        "The snow plow skipped {street} again, we are snowed in.",
        "Plow left a huge snow bank blocking the end of my driveway at {num} {street}.",
        "Footpath to {place} is a sheet of ice, can it be gritted please?",
        "Road not gritted on the hill at {street}, cars sliding backwards.",
        "Grit bin on {street} is empty, it was empty last winter too.",
        "Salt box at the corner of {street} is empty, please refill before the frost.",
        "Steps down to {stop} are icy and not gritted, dangerous for everyone.",
        "Snow piled up on the crossing at {street}, pedestrians have to climb over it.",
        "Drain blocked outside {num} {street}, every time it rains there's a lake.",
        "Gully on {street} near {num} is full of silt and leaves, water running down the road.",
        "Catch basin clogged at {street} and {place}, the corner floods after any rain.",
        "Storm drain covered in leaves and trash on {street}, please clear before the next storm.",
        "The drain outside {num} {street} smells of sewage, especially in the evening.",
        "Sewage coming up out of the manhole on {street}, it's running down the gutter.",
        "Sewer backed up into the street at {num} {street}, terrible smell.",
        "Manhole cover on {street} near {num} is loose and clanks every time a car goes over "
        "it, all night.",
        "Manhole cover missing on the pavement at {place}, just a hole with a traffic cone in it.",
        "Drain cover broken outside {num} {street}, a wheel could go straight into it.",
        "Metal grate missing from the gully on {street}, a cyclist could lose a wheel in it.",
        "Road flooded at {street} under the bridge, cars stuck.",
        "Flooding on {street} every time it rains, water comes up to the doorsteps.",
        "Standing water across the footpath at {place} for {days} days, you can't get past "
        "without wading.",
        "Large puddle covering the whole pavement outside {num} {street} after every shower.",
        "Water leaking from the road outside {num} {street}, there's a constant stream down "
        "the gutter.",
        "Burst water main on {street}! Water gushing up through the tarmac.",
        "Water bubbling up through the pavement at {place} for {days} days, must be a leak.",
        "The fire hydrant on {street} near {num} is leaking constantly.",
        "Fire hydrant outside {num} {street} has been knocked over by a truck and is spraying "
        "water.",
        "Someone opened the hydrant on {street} and it's been running for hours.",
        "Hydrant cap missing on {street}, kids are playing with it.",
        "Graffiti on the wall of {place}, offensive words, please remove quickly.",
        "Graffiti all over the bridge on {street}, getting worse every week.",
        "Tagging on the electrical box outside {num} {street}.",
        "Racist graffiti on the underpass at {place}. Kids walk through here.",
        "Graffiti on the public toilets at {place} and the park sign.",
        "Someone spray painted the bench and the bins in {place}.",
        "Stickers and flyers plastered all over the lamp posts on {street}.",
        "Illegal posters stuck on every pole on {street}, coming loose and turning into litter.",
        "The road works on {street} have been abandoned for {days} days, holes and barriers "
        "left behind.",
        "Contractors left a big hole outside {num} {street} covered only with a plank.",
        "Construction debris all over {street} from the site at {num}, bricks and sand in the "
        "road.",
        "Works barrier on {street} has blown over and is lying across the pavement.",
        "Cones and barriers left on {street} weeks after the works finished.",
        "The resurfacing on {street} was left half done, there's a 5 cm step in the road.",
        "The contractor working on {street} cracked the pavement with their digger and left.",
        "Building site at {place} has mud all over the road every day, nobody cleans it.",
        "Railing on the footbridge at {place} is loose, a child could fall through.",
        "Bridge on {street} has chunks of concrete falling from underneath.",
        "Wooden fence around {place} is broken, several panels missing.",
        "Retaining wall on {street} is bulging and cracked, stones falling onto the pavement.",
        "Brick wall by {place} crumbling, bits fall onto the path.",
        "Steps up to {place} are broken, one is missing its edge completely.",
        "Handrail on the public stairs at {street} has come away from the wall.",
        "Metal steps to {stop} footbridge are rusted through in places.",
        "Public stairs at {street} are covered in moss and very slippery.",
        "The roof of the library on {street} is leaking into the children's section.",
        "The door to the community centre at {place} won't lock and the hinge is broken.",
        "Broken window at the community hall on {street}, boarded with cardboard.",
        "Heating broken in the public library, staff and visitors sitting in coats.",
        "Found used needles on the ground in {place} near the playground. Please remove urgently.",
        "Syringes under the bench on {street}. Children play here.",
        "Needle found in the flower bed outside {num} {street}.",
        "Sharps left in the stairwell of the car park at {place}.",
        "Several needles and a tourniquet on the path behind {stop}.",
        "The stream through {place} is blocked with branches and shopping trolleys, water is "
        "rising.",
        "Culvert under {street} blocked, the field is flooding.",
        "Ditch along {street} is overgrown and full of rubbish, water can't drain.",
        "Creek behind {num} {street} full of trash and plastic bags.",
        "Pond in {place} is covered in green algae and smells.",
        "The pond at {place} overflowed onto the path after the rain.",
        "Dear Sir/Madam, I would like to report a damaged pavement outside {num} {street}. "
        "Several slabs are broken and an elderly neighbour has already fallen.",
        "Dear council, the street lighting on {street} has been out for over {days} days. It "
        "is very unsafe for residents walking home after dark.",
        "Hello, our household waste was not collected this week at {num} {street}. Could you "
        "please arrange a return collection?",
        "To whom it may concern, there is a large amount of fly-tipping at the rear of {num} "
        "{street}, including furniture and builders' waste. Please arrange removal.",
        "Good morning, the gully outside {num} {street} is blocked and the road floods. I have "
        "reported this twice already.",
        "Hi there, the swings in {place} have been taped off for weeks. Any update on when "
        "they will be repaired?",
        "Address: {num} {street}. Service: bulky waste. Items: mattress, bed frame, two chairs.",
        "Location: {place}. Issue: fallen tree blocking the footpath, urgent.",
        "Category: Street Lighting. Location: outside {num} {street}. Description: lamp out.",
        "Request type: missed collection. Bin type: recycling. Address: {num} {street}.",
        "Problem: blocked drain. Location: junction of {street} and {place}. Since: {days} days.",
        "Report: graffiti. Where: {street}, on the wall opposite {num}. Size: about 3 m long.",
        "Type: pothole. Position: middle of road, eastbound lane. Near: {num} {street}.",
        "Reported this pothole {days} days ago and it's now marked as closed but it's still there.",
        "The streetlight I reported on {street} still isn't fixed, the ticket says completed.",
        "Update: the fly-tipping on {street} has doubled since my last report.",
        "still no sign of the bulky waste pickup. booked for last tuesday",
        "Why does it take {days} days to fix one streetlight on {street}?",
        "Is anyone going to empty the bins in {place} this weekend? They're overflowing already.",
        "When was the last time {street} was swept? The gutters are full.",
        "pavement on {street} is a death trap",
        "missed pickup again {num} {street}",
        "bins not emptied in {place} since last week",
        "grass so long in {place} you can lose a toddler in it",
        "Bins on {street} are never emptied on time, bags pile up and foxes rip them open. "
        "Please collect more often.",
        "The overflowing litter bin at the bus stop on {street} hasn't been emptied for {days} "
        "days, please send someone.",
        "Trash can at {stop} full to the brim and wasps everywhere, can you empty it?",
        "There's a huge pothole at the tram stop on {street}, people waiting at the stop get "
        "splashed.",
        "Playground equipment at {place} covered in graffiti and one of the springers is broken.",
        "The paths in {place} are so muddy and rutted they need resurfacing.",
        "Park railings bent outwards by {place}, sharp ends sticking out onto the path.",
        "The streetlights in {place} go off at midnight and the main path becomes totally dark.",
        "Traffic cones and sandbags from the works were dumped in the park at {place}.",
        "Leaf blower crew blew all the leaves into the road on {street} and left them there, "
        "the drains are now blocked.",
        "The salt spreader missed the footpath to the school on {street}.",
        "Snow plough pushed all the snow onto the pavement on {street}, can't walk there.",
        "Water pouring out of a broken pipe in the gutter outside {num} {street}, clean water, "
        "been running {days} days.",
        "The lid of the water meter box on the pavement outside {num} {street} is broken, it's "
        "a hole.",
        "The public toilets at {place} are closed and people are using the alley instead. "
        "Please reopen and clean.",
        "Please clear the rubbish around the bench in {place}, someone left bags of food.",
        "Can the council fix the crumbling wall next to the steps at {street}? Stones keep "
        "falling on the path.",
        "Pavement outside {num} {street} has a big crack where the gas company dug it up.",
        "Kerbside recycling missed for the whole of {street} on the scheduled day.",
        "The grit bin at {place} has been used as a rubbish bin, please empty and refill it.",
    ],
    "transit": [
        "The {time} from {stop} cancelled AGAIN. Third time this week. How am I supposed to "
        "get to work?",
        "{train} delayed by 40 minutes and not a single announcement on the train. What is "
        "going on?",
        "Sitting outside {stop} for 25 mins now on {train}, no info from the driver. Absolute "
        "joke.",
        "Why was the {time} cancelled with 2 minutes notice? Platform full of people with "
        "nowhere to go.",
        "Train {train} cancelled due to 'staff shortage'. Hire more staff!!",
        "Yet another cancelled train from {stop}. Paying a fortune for a season ticket for this.",
        "{train} now 1 hour 20 late, I've missed my connection and my meeting. Thanks for nothing.",
        "Missed my connection at {stop} because {train} was late, and the next one isn't for "
        "two hours.",
        "Stuck on {train} between stations for an hour, no air con, no water, no updates. "
        "Disgraceful.",
        "The {time} is late every single morning. Do you even look at your own timetable?",
        "Signal failure again? Every week it's a signal failure near {stop}. Fix your "
        "infrastructure.",
        "Only 4 coaches on the {time} rush hour service. People standing in the toilets. "
        "Unacceptable.",
        "Short formed AGAIN on the {time}. Crammed in like cattle, can't even reach the door "
        "at {stop}.",
        "{train} is so overcrowded that people couldn't get on at {stop}. Left on the platform.",
        "Why is the {time} always a 2 car train? Every day it's standing room only from {stop}.",
        "Train toilets on {train} are disgusting, no water, no soap, floor flooded. Kindly clean.",
        "Coach B2 of train {train} is filthy, garbage under seats, cockroaches near the berth. "
        "Please take action.",
        "Toilet out of order on the whole train {train}. 3 hour journey. Seriously?",
        "The only working toilet on {train} is locked. Passengers are begging staff.",
        "Bedsheets given in coach A1 of {train} are stained and smelly. Kindly provide clean "
        "linen.",
        "AC not working in coach B4 of {train}, PNR {train}. It is 40 degrees, passengers "
        "suffering. Please do the needful.",
        "Sir, AC in 3AC coach of train no {train} is not cooling since {stop}. Complained to "
        "attendant, no action.",
        "Air conditioning broken on {train}, windows don't open, it's like a sauna in here.",
        "Heating not working on the {time} from {stop}, everyone sitting in coats and gloves.",
        "The carriage is freezing on {train}, aircon on full blast in winter. Please turn it down.",
        "Applied for delay repay for {train} {days} days ago, still no response. Where is my "
        "money?",
        "Refund for cancelled train {train} still not received after {days} days. Ticket cost "
        "me a lot.",
        "My ticket for PNR {train} was cancelled but refund not credited to account till now. "
        "Kindly check.",
        "Booked ticket, money deducted from bank but ticket not generated. Transaction for "
        "{train}. Please refund.",
        "Your refund form keeps crashing when I upload my ticket. How do I claim for the "
        "{time} delay?",
        "Claimed compensation for the 2 hour delay on {train} and got rejected with no reason. "
        "Appealing.",
        "Reserved seat on {train} but someone else is sitting in it and staff won't help.",
        "My seat reservation isn't showing on the coach, other people sat there, had to stand "
        "for 2 hours.",
        "Booked seats together for my family on {train} and we've been split across 3 coaches.",
        "Paid for a reservation on {train} and there's no coach C at all. Where am I supposed "
        "to sit?",
        "PNR {train} still showing waiting list 12 after chart preparation. Please confirm "
        "berth status.",
        "Got RAC on PNR {train} and TTE is not allotting berth even though many berths are empty.",
        "Middle berth broken in coach S5 of {train}, cannot sleep. Kindly arrange repair.",
        "Charging point not working in coach B1 of train {train}. Phone dead. Please look into it.",
        "TTE in coach S3 of {train} demanding extra money for a berth. Is this allowed? Please "
        "take action.",
        "TTE misbehaved with my elderly parents on {train}, shouting at them. Kindly take "
        "strict action.",
        "Conductor on the {time} from {stop} was incredibly rude to a passenger with a "
        "disability. Not good enough.",
        "Ticket inspector fined me even though the ticket machine at {stop} was broken. Please "
        "refund the penalty.",
        "Staff at {stop} had no idea which platform our train was leaving from. Total chaos.",
        "Platform changed at the last minute for the {time} at {stop}, half the passengers "
        "missed it running over the bridge.",
        "{train} platform changed 3 times in 10 minutes. Elderly people with luggage can't "
        "keep running up and down stairs.",
        "Departure board at {stop} says on time, app says cancelled, staff say delayed. Which "
        "is it?",
        "No announcement about the platform change for {train} at {stop}. Missed the train. "
        "Want a refund.",
        "Pantry food on {train} was stale and overpriced. Dal was cold. Kindly check the catering.",
        "Vendor on {train} charging more than MRP for water bottles. Please take action.",
        "No food available on {train}, the trolley never came through for the whole 5 hour "
        "journey.",
        "Ordered meal on {train} and it never came even though I prepaid. Please refund.",
        "Cafe bar closed on the {time} from {stop} again. Four hours without a coffee.",
        "Found an insect in the food served in coach A2 of train {train}. Very unhygienic.",
        "Wifi on {train} hasn't worked once in the last month. Why advertise it?",
        "Rail replacement bus from {stop} didn't turn up, 50 people waiting in the rain.",
        "Replacement buses are a mess, no staff at {stop} to tell anyone where to go.",
        "Engineering works every weekend and the replacement bus takes three times as long.",
        "Train {train} running 3 hours late and no information on the app or at the station.",
        "Why does {train} stop at every signal outside {stop}? Every single day 15 mins late.",
        "Lift at {stop} station out of order, had to carry my mum's wheelchair down the stairs "
        "with strangers.",
        "Booked assistance for a wheelchair user on {train}, nobody came with the ramp at {stop}.",
        "No ramp at {stop} for my father's wheelchair though we pre-booked. Very disappointed.",
        "Please clean the toilets on {train}, stench coming into the coach.",
        "Water is leaking from the roof of coach B3 in {train}, our luggage is soaked.",
        "Window glass broken in coach S7 of {train}, cold wind coming in all night.",
        "Lights and fans not working in coach S2 of train {train}. Please send electrician at "
        "next station.",
        "Unauthorised passengers occupying reserved berths in S4 of {train}. TTE not "
        "available. Help.",
        "Left my laptop bag on {train} in coach D3. Please help to recover. PNR {train}.",
        "Left my backpack on the {time} from {stop}. Is there a lost property I can contact?",
        "The ticket machine at {stop} only takes cards and the card reader is broken. Queue of "
        "30 people.",
        "Ticket office at {stop} closed at {time} and the machines don't sell the ticket I need.",
        "Your app charged me twice for the same ticket for {train}. Please refund one.",
        "Online booking for {train} keeps failing at payment. Tried 5 times.",
        "Fares went up again this year and the service got worse. Explain that.",
        "Paying more than my rent for a season ticket and the {time} has been late 14 days out "
        "of 20.",
        "Bike space on {train} full of suitcases, guard refused to move them and left me on "
        "the platform.",
        "Quiet coach on {train} is anything but quiet, staff don't enforce it at all.",
        "Train pulled in 10 carriages short at {stop}, no warning, people running down the "
        "platform.",
        "Train was held at {stop} for 20 minutes 'regulating'. What does that even mean?",
        "{train} terminated early at {stop}. Told to get off with no alternative. Stranded.",
        "Missed the last train home because {train} was late into {stop}. Who pays for the taxi?",
        "Just want to know if the {time} is actually running tomorrow. Website says yes, app "
        "says no.",
        "Strike days announced with 2 days notice and no refunds for season ticket holders?",
        "Sleeping on the floor of {train} because there's no seat. Paid full fare.",
        "Guard on {train} was brilliant with an unwell passenger but why is there no first aid "
        "kit on board?",
        "Sir, general coach of {train} heavily overcrowded, people sitting in the doorway. "
        "Dangerous.",
        "Train {train} reached {stop} 5 hours late. Senior citizens travelling, no water in coach.",
        "Windows on the {time} from {stop} are so filthy you can't see out. When were they "
        "last cleaned?",
        "Seats ripped and covered in stains in coach 4 of {train}. Looks like nobody has "
        "cleaned it in weeks.",
        "Mice running around coach B5 of {train}. Please do pest control on your rakes.",
        "{train} cancelled, replacement is 'coming soon'. Been on the platform at {stop} for "
        "90 mins.",
        "Why do I have to queue 40 minutes at {stop} to collect a ticket I already paid for "
        "online?",
        "Automatic doors on {train} not closing, train has been stuck at {stop} for 20 minutes.",
        "Delayed again. {train}. Every single day.",
        "Dear operator, please explain why the {time} is consistently late into {stop}. This "
        "has been going on for {days} days.",
        "The guard told us to get off at {stop} because the train was too full to move. Never "
        "seen anything like it.",
        "The {line} bus didn't show up at {stop} this morning, waited 45 minutes in the rain.",
        "Bus {line} drove straight past {stop} even though I put my hand out. Third time this "
        "month.",
        "The {time} number {line} never turned up, app said it was 2 minutes away the whole time.",
        "Route {line} is always late in the mornings, kids are late for school every week.",
        "Bus {line} left {stop} 4 minutes early, I watched it go while I was running for it.",
        "Three {line} buses came together and then nothing for 40 minutes.",
        "The last {line} at {time} was cancelled without any notice, I had to walk home.",
        "Night bus {line} just doesn't come on Fridays. Nobody answers the phone line.",
        "Bus {line} is no longer stopping at {stop} and nobody told us. Is it moved?",
        "The new route of the {line} skips {stop}, now elderly residents have to walk 15 minutes.",
        "Please run the {line} more often in the evenings, it's every hour after 7pm.",
        "Bus shelter at {stop} has smashed glass all over the seat and the floor.",
        "The roof of the shelter at {stop} leaks, you get wetter inside than outside.",
        "There's no shelter at {stop} and it's a busy stop with lots of older people waiting.",
        "Can a shelter and a bench be put at the {stop} stop? People wait 20 minutes in the wind.",
        "The bus stop sign at {stop} was knocked down, buses now drive past because they don't "
        "see it.",
        "The timetable at {stop} is from last year, the times are all wrong.",
        "No timetable at the {stop} stop at all, just an empty frame.",
        "Real time display at {stop} has been blank for {days} days.",
        "The countdown screen at {stop} shows buses that never come.",
        "Next stop display and announcements on the {line} aren't working, visitors don't know "
        "where to get off.",
        "Tram {line} broke down at {stop} and we were stuck for 30 minutes with no information.",
        "Trams not running on line {line} this morning and no replacement bus at {stop}.",
        "Tram {line} delayed again, every day this week at {time}.",
        "The {line} tram is so packed at {time} that it doesn't open the doors at {stop}.",
        "Metro line {line} delays every morning, platforms at {stop} are dangerously full.",
        "Subway train stuck in the tunnel before {stop} for 20 minutes, no announcement at all.",
        "Metro station {stop} is filthy, the stairs smell of urine and there's rubbish everywhere.",
        "Escalator at {stop} metro station out of order for {days} days, people carrying "
        "buggies up 60 steps.",
        "Lift at {stop} station broken again, no way for wheelchairs to reach the platform.",
        "The elevator at the {stop} subway stop has been out of service for weeks, no sign of "
        "repair.",
        "Overcrowded bus {line} every morning at {time}, people left behind at every stop "
        "after {stop}.",
        "Bus {line} full when it got to {stop}, driver didn't even stop. Next one also full.",
        "The driver of the {line} at {time} was extremely rude to an elderly lady asking for "
        "directions.",
        "Bus driver on route {line} was on his phone while driving. Very dangerous.",
        "The {line} driver was speeding through {street} and braking hard, people fell over "
        "inside.",
        "Driver of the {line} refused to lower the ramp for my wheelchair at {stop}.",
        "Driver pulled away from {stop} before my mum sat down, she fell and hurt her wrist.",
        "Bus driver wouldn't let my son on with his school pass, left him at {stop} in the dark.",
        "Ticket inspector on tram {line} was aggressive and shouted at a teenager.",
        "Ticket machine at {stop} broken, only takes coins, and I had no coins. Got fined.",
        "Card reader on the {line} bus not working, driver just told us to get off.",
        "The validator at {stop} tram stop doesn't work, so you can't validate and you risk a "
        "fine.",
        "Contactless readers at {stop} metro gates keep rejecting my card, and there's nobody "
        "to ask.",
        "Ticket gates at {stop} stuck closed, huge queue and staff nowhere to be seen.",
        "The monthly pass I bought isn't being accepted on the {line}. Driver made me pay again.",
        "Applied for a senior bus pass {days} days ago, haven't received anything yet.",
        "How do I get a refund for a monthly pass I didn't use? Moved away.",
        "Fare for a single bus ride went up again but the {line} is worse than ever.",
        "The transport app crashed when I tried to buy a ticket and I was fined on the tram.",
        "Journey planner sent me to {stop} for the {line} but the bus doesn't stop there anymore.",
        "Bus {line} was absolutely filthy this morning, sticky floors and rubbish on every seat.",
        "Someone was sick on the {line} and it was still there on the evening run.",
        "Tram {line} smells terrible, seats look like they've never been cleaned.",
        "Air conditioning broken on the {line} bus, it's 35 degrees and the windows don't open.",
        "Heating off on the {line} tram all week, it's freezing in the mornings.",
        "Bus {line} heating on full blast in summer. Passengers dripping with sweat.",
        "The ramp on the {line} bus is broken, so wheelchair users can't board at all.",
        "Buggy space on the {line} taken by a suitcase and the driver did nothing.",
        "Platform at {stop} has no lift and the ramp is blocked by bikes, inaccessible station.",
        "The departure board at {stop} shows the wrong platform for the trams.",
        "Lost my wallet on the {line} bus at about {time}. Who do I contact for lost property?",
        "Left my umbrella and a bag on tram {line} this morning, is there a lost and found?",
        "Lost my phone on the metro, line {line}, between {stop} and the terminus. Please check.",
        "Bus {line} stops too far from the kerb at {stop} and people have to step into the road.",
        "The {line} is supposed to be every 10 minutes. Today I waited 35 at {stop}.",
        "Replacement buses for tram {line} aren't signed at all at {stop}. Nobody knows where "
        "to go.",
        "The stop for the replacement bus at {stop} is a 10 minute walk away and nobody tells you.",
        "Why does the {line} terminate at {stop} instead of going to the end of the route?",
        "The {line} was diverted without notice, I ended up at the other side of town.",
        "No one answers at customer service about my complaint about the {line} driver.",
        "Bus stop at {stop} has been moved 200 m up the road and the old stop still has no "
        "sign saying so.",
        "New bus stop request for {street} near {num}. The nearest stop is too far for older "
        "residents.",
        "The bus shelter at {stop} has no lighting, it's pitch dark after 5 and feels unsafe.",
        "The seat in the shelter at {stop} has been removed and not replaced.",
        "Can the {line} start earlier in the morning? First bus at {time} is too late for "
        "shift workers.",
        "Tram stop {stop} has no display and no announcements, you have no idea when the next "
        "tram is.",
        "Metro trains on line {line} are too short in rush hour, platforms overflowing at {stop}.",
        "Bus {line} arrived with 'not in service' on it and drove off. Then the next one was "
        "cancelled.",
        "The {line} bus driver let someone without a ticket on and then yelled at me for "
        "tapping slowly.",
        "Bus driver was smoking at the wheel on the {line} during the break at {stop}, smoke "
        "inside the bus.",
        "Bus {line} engine kept cutting out, we were evacuated at {stop}.",
        "The bus was so full I couldn't get off at {stop}, the driver ignored the bell.",
        "Bell not working on the {line}, had to shout to the driver to stop.",
        "The doors on the {line} closed on my daughter's arm at {stop}. Driver didn't even look.",
        "Tram {line} skips {stop} when the driver is late, which is every evening.",
        "Trams at {stop} arrive all at once then none for 25 minutes.",
        "Subway cars on line {line} have broken seats and graffiti inside, feels unsafe.",
        "Station at {stop} has no working toilets, the only one is locked.",
        "The metro stairs at {stop} are slippery when wet, someone needs to put mats down.",
        "Underground station {stop} announcements inaudible, no idea which train is coming.",
        "Information screen on platform 2 at {stop} frozen since yesterday.",
        "The app shows the {line} as live, but it's a ghost bus that never arrives.",
        "Why is the {line} not running on Sundays anymore? My mother relies on it to visit.",
        "Bus lane cameras are useless if the {line} is still late every day.",
        "Please put the bus timetable for {stop} in larger print, older people can't read it.",
        "Buses on route {line} are too old, no air con, no USB, rattle like crazy.",
        "Driver of the {line} at {time} drove off while an old man was still halfway on the step.",
        "Stop announcements on tram {line} say the wrong stop names since the timetable change.",
        "Ticket machine at {stop} has been out of order for {days} days, no other way to buy a "
        "ticket.",
        "My student travel card has been blocked and I can't get through to anyone.",
        "Dear transport department, I wish to complain about the frequency of the {line}. Over "
        "the last {days} days I have waited more than 30 minutes on several occasions.",
        "Hello, I left a blue backpack on the {line} bus this morning around {time}. Has it "
        "been handed in?",
        "To whom it may concern, the bus stop at {stop} has no shelter, no bench and no "
        "timetable. Please look into it.",
        "Good evening, the tram driver on line {line} at {time} refused to let a mother with a "
        "pram board. I'd like to make a formal complaint.",
        "Location: {stop}. Issue: shelter glass broken. Danger: glass on the ground.",
        "Stop: {stop}, line {line}, at {time}. Issue: bus did not stop.",
        "Category: Public transport. Stop: {stop}. Description: real-time display out of order.",
        "Route: {line}. Date: today, {time}. Complaint: driver rude and refused to wait.",
        "bus {line} late AGAIN",
        "{line} didnt come. again. waited at {stop} for ages",
        "where is the {line}??? been at {stop} since {time}",
        "tram {line} broken down AGAIN great",
        "metro lift at {stop} broken for the 100th time",
        "no shelter at {stop} and its pouring",
        "ALL THE BUSES ARE FULL AT {stop}. PUT ON MORE BUSES.",
        "NO {line} FOR AN HOUR. WHAT IS THE POINT.",
        "Waited at {stop} for the {line} for 40 minutes this evening, then two came at once. "
        "Typical.",
        "Bus {line} came with a sign saying 'sorry not in service' for the 3rd time in a row "
        "at {time}.",
        "Accessible ramp at {stop} tram stop is too steep, wheelchairs roll back.",
        "The {line} driver let us off between stops on {street} in the dark because of a "
        "diversion nobody announced.",
        "Tram {line} stuck behind a car parked on the tracks on {street} for 20 minutes, "
        "nobody came to clear it.",
    ],
    "communication": [
        "Loud music coming from {num} {street} every night until 3am. I have to work in the "
        "morning.",
        "Neighbours at {num} {street} are having a party again, bass is shaking our windows at "
        "{time}.",
        "Noise complaint: flat above me at {num} {street} stomping and shouting every night "
        "after midnight.",
        "The bar on {street} has music blasting from its terrace until 2am, every weekend.",
        "People leaving the pub on {street} at closing time shouting and singing, it's every "
        "night.",
        "Club at {place} playing music so loud we can hear it with the windows closed.",
        "Dog at {num} {street} barks all day while the owners are at work. It's been months.",
        "Barking dog in the back garden of {num} {street}, nonstop since {time}.",
        "Construction work at {num} {street} starts at 6am, including Saturdays. Isn't there a "
        "limit?",
        "Building site on {street} drilling and hammering after 8pm. Is that allowed?",
        "Roadworks crew on {street} working with jackhammers at 2am, no notice given to residents.",
        "Leaf blowers at {place} from 7am every day, the noise is unbearable.",
        "Gardening company using leaf blowers for hours outside {num} {street}, can't hear "
        "myself think.",
        "Car alarm going off on {street} for over an hour, outside {num}.",
        "House alarm at {num} {street} has been ringing since {time}, nobody is home.",
        "Fireworks being set off in {place} every night for a week, the dogs are terrified.",
        "Generator running all night behind the restaurant on {street}.",
        "Rooftop air conditioning unit on the shop at {num} {street} hums 24 hours a day.",
        "Someone on {street} revs their car stereo with the boot open every evening, whole "
        "street shakes.",
        "Ice cream van plays its tune on {street} every 20 minutes until 9pm.",
        "Noise from the gym at {num} {street}, weights dropped at 5am right under our bedroom.",
        "Outdoor concert at {place} went on past 11pm, we were told it would end at 10.",
        "Delivery lorries unloading at the supermarket on {street} at 4am, banging cages and "
        "beeping.",
        "Homeless encampment growing in {place}, there are now about ten tents by the playground.",
        "People sleeping rough in the doorway of {num} {street}, they need help, it's freezing.",
        "There's a tent camp under the bridge on {street}, rubbish piling up and people look "
        "unwell.",
        "Homeless man sleeping in the bus shelter at {stop} every night, he seems very ill. "
        "Can someone check on him?",
        "Encampment on the grass verge on {street}, fires being lit at night.",
        "Someone has been sleeping on the bench at {place} for {days} days, please send outreach.",
        "Rough sleeper in the underpass at {place}, looks like an older woman, very cold tonight.",
        "Tents and shopping trolleys along the canal path near {place}. Who deals with this?",
        "Can someone do a welfare check on the man living in a car on {street}? He hasn't "
        "moved in days.",
        "Stray dog running around {street}, no collar, scared and nearly got hit by a car.",
        "Loose dog in {place} chasing children, owner nowhere to be seen.",
        "Large dog off leash at {place} every morning, it knocked over my son.",
        "A dog bit my daughter in {place} this afternoon, owner walked off.",
        "Aggressive dog at {num} {street} gets out of the garden and goes for people walking past.",
        "Dead fox on the pavement outside {num} {street}. Please remove it.",
        "Dead deer on the side of {street} near {place}, been there since yesterday.",
        "Dead cat in the road on {street}, looks like it was hit. Is there a way to contact "
        "the owner?",
        "Dead bird in the playground at {place}, the kids keep poking it.",
        "Dead animal in the gutter outside {num} {street}, smells terrible.",
        "Roadkill on {street} near {num}, a badger I think. Please collect.",
        "There's a dead pigeon on the steps at {place}.",
        "Injured swan on the pond at {place}, wing hanging down, can't fly.",
        "Baby bird fell out of the nest on {street}, what should I do?",
        "Neighbour at {num} {street} leaves their dog outside in all weathers with no water or "
        "shelter.",
        "Dog locked in a car at {place} car park in this heat, windows closed, for at least 30 "
        "minutes.",
        "Horse in the field behind {street} looks very thin and has no water.",
        "Feral cats breeding behind the shops on {street}, dozens of them now.",
        "Raccoon in the attic at {num} {street}, how do I get it removed?",
        "Fox keeps coming into our garden at {num} {street} and digging up everything.",
        "Coyote seen near {place} during the day, walking along the path with kids around.",
        "Bat flying around inside our flat at {num} {street}, how do we get it out safely?",
        "Snake in the backyard at {num} {street}, don't know if it's dangerous.",
        "Rats running around {place} in broad daylight, near the playground.",
        "Huge rats by the bins behind {num} {street}, we see them every evening.",
        "Rats on {street} coming from the empty restaurant, they're now in our gardens.",
        "Rat problem in the communal garden at {num} {street}. We need pest control.",
        "Rats nesting in the bank of the canal near {place}, dozens of them.",
        "Saw rats running across {street} by the bus stop at {stop} last night.",
        "Mice in our apartment at {num} {street}, the landlord won't do anything.",
        "Wasps nest under the roof of {num} {street}, near the children's bedroom window.",
        "Huge wasps nest in the tree at {place} next to the picnic tables.",
        "Swarm of bees on the fence at {num} {street}. Who do I call?",
        "Mosquitoes breeding in the old paddling pool next door at {num} {street}.",
        "Pigeons nesting under the bridge at {place}, droppings all over the path and benches.",
        "Neighbour at {num} {street} feeds pigeons every day, hundreds now, droppings on every "
        "car.",
        "Bed bugs in the flats at {num} {street}, spreading from flat to flat.",
        "Cockroaches coming into our flat from the restaurant downstairs at {num} {street}.",
        "Seagulls diving at people at {place}, one stole food from a child and scratched her.",
        "Mice in the walls of our apartment block on {street}, every flat has them.",
        "The garden at {num} {street} is completely overgrown, weeds taller than the fence, "
        "full of rubbish.",
        "Overgrown yard at {num} {street}, grass is waist high and there are rats.",
        "Neighbour's hedge at {num} {street} is growing over the fence into our garden and "
        "blocking our light.",
        "Vacant lot on {street} next to {num} is overgrown and full of junk.",
        "House at {num} {street} has been empty for years, windows broken and kids going inside.",
        "Derelict house on {street}, roof collapsing, and people have been getting in at night.",
        "Empty shop at {num} {street} boarded up for years, it's an eyesore and attracts rats.",
        "Abandoned house at {num} {street} has an open back door, squatters have moved in.",
        "Building at {num} {street} looks unsafe, cracks down the front wall and bricks "
        "falling into the garden.",
        "Neighbour at {num} {street} is building a two storey extension without a permit.",
        "Someone is building a garage in the back of {num} {street} without planning permission.",
        "Illegal conversion at {num} {street}, the house has been split into six flats.",
        "Front yard at {num} {street} full of junk, old cars parts and furniture, for months.",
        "Neighbour at {num} {street} is hoarding, the garden is full of bags and the smell is "
        "getting worse.",
        "Shop at {num} {street} has built a structure on the pavement without permission. Is "
        "this allowed?",
        "The house at {num} {street} is rented out as a holiday let every weekend, different "
        "groups partying.",
        "No heat in my apartment at {num} {street} for {days} days, landlord not answering.",
        "We have had no hot water for a week at {num} {street}, the building manager ignores us.",
        "Landlord at {num} {street} refuses to fix the broken boiler, I have two small kids.",
        "Black mould all over the bedroom walls at {num} {street}, my son has asthma.",
        "Damp coming through the walls of my council flat on {street}, reported months ago.",
        "Water leaking through my ceiling from the flat upstairs at {num} {street}, landlord "
        "not responding.",
        "Received an eviction notice with two weeks warning, is that legal? Flat on {street}.",
        "Who do I contact about unsafe wiring in my rented flat at {num} {street}?",
        "Got food poisoning after eating at the takeaway on {street}, three of us were sick.",
        "Restaurant at {num} {street} leaves its kitchen bins open out the back, rats everywhere.",
        "Saw a mouse run across the floor in the cafe at {place}, staff didn't care.",
        "Shop on {street} selling out of date meat, labels changed by hand.",
        "Food truck at {place} had no running water and the cook handled raw chicken then money.",
        "Kitchen staff at {num} {street} smoking next to the food prep area, visible from the "
        "street.",
        "Drug dealing on the corner of {street} and {place} every evening, cars pulling up all "
        "night.",
        "People using drugs in the stairwell at {num} {street}, we find foil and lighters "
        "every morning.",
        "My car was broken into on {street} last night, window smashed. Is there more "
        "patrolling planned?",
        "Someone broke into the sheds behind {num} {street}, third break-in this month.",
        "Bike stolen from the rack outside {num} {street}, lock cut. Anyone see anything?",
        "Group of teenagers loitering outside the shop on {street}, harassing customers.",
        "Antisocial behaviour in {place} every night, shouting, fighting and broken bottles.",
        "Suspicious man trying car door handles along {street} at about {time}.",
        "Street drinking on the benches at {place} all day, people urinating in the bushes.",
        "Fight outside the bar on {street} at {time}, someone was hurt. We need more police here.",
        "Youths on motorbikes intimidating people in {place}.",
        "Someone keeps shouting abuse at women walking past {num} {street}.",
        "Just want to say thank you to the crew who fixed the pothole on {street} so quickly. "
        "Great job!",
        "Thank you for fixing the streetlight outside {num} {street}, it's so much safer now.",
        "Big thanks to the bin men on {street}, always cheerful and careful with the bins.",
        "The snow crew did a fantastic job clearing {street} this morning. Thanks!",
        "Compliment: the new playground at {place} is wonderful, my kids love it.",
        "Thank you to the bus driver on the {line} this morning who waited for my elderly "
        "father. Made his day.",
        "I reported graffiti on {street} and it was gone in two days. Impressed, thank you.",
        "Thanks for the quick response on the fallen tree at {place}. Really appreciated.",
        "Shout out to the staff at the town hall desk, so helpful with my application.",
        "The flowers at {place} look amazing this year, well done to the gardeners.",
        "Thanks for cleaning up {place} after the festival, it's spotless.",
        "Pothole on {street} fixed within a week of reporting it. Thank you, didn't expect that!",
        "What are the opening hours of the town hall on Saturdays?",
        "How do I book an appointment to renew my passport?",
        "Where can I pay my council tax? The online payment page gives an error.",
        "I haven't received my property tax bill for this year, who should I contact?",
        "How do I register to vote? I just moved to {num} {street}.",
        "Where is my polling station? I live on {street}.",
        "Are there any events at {place} this weekend?",
        "When does the Christmas market at {place} open this year?",
        "How do I get a copy of my birth certificate?",
        "How long does it take to get a marriage licence?",
        "Do I need a licence for my dog? Just moved here.",
        "Is the library at {place} open on bank holidays?",
        "Are there any job vacancies at the council?",
        "What do I need to apply for a business licence for a cafe on {street}?",
        "When is the next council meeting and can residents attend?",
        "Can I ask the mayor a question at the next public meeting?",
        "Why is the council spending money on a new logo when the city is falling apart?",
        "The mayor should resign, this city has never been worse.",
        "Stop raising taxes and start listening to residents.",
        "Vote no on the budget, the council has wasted millions.",
        "Is the recycling centre at {place} open on Sundays?",
        "Where can I get a residents card for the swimming pool at {place}?",
        "How do I apply for a building permit for a shed?",
        "Does the council run any summer activities for kids?",
        "Who organises the farmers market at {place}? I'd like a stall.",
        "Is tap water in the city safe to drink? Heard something on the news.",
        "Congratulations! You have won a free phone, click the link to claim your prize.",
        "Earn 5000 a week from home with crypto, message me.",
        "We offer SEO services to boost your council website to the top of search results.",
        "Follow me for daily deals and giveaways!!",
        "test",
        "testing 123",
        "asdf jkl",
        "hello is this working?",
        "hi",
        "Good morning everyone, lovely sunny day in {place}.",
        "Happy holidays to all the staff at the council!",
        "lol this city",
        "I love living on {street}, best neighbours ever.",
        "Anyone know a good plumber near {place}?",
        "Who else is watching the match tonight?",
        "Does anyone know why the church bells at {place} ring at 7am on Sundays? Lovely sound.",
        "Can't believe it's snowing again, stay warm everyone.",
        "Dear Sir/Madam, I am writing to complain about persistent noise from the property at "
        "{num} {street}. Loud music is played most nights until the early hours.",
        "Dear council, there are rats in the back gardens of {street}. Several neighbours have "
        "seen them and we would like pest control to visit.",
        "To whom it may concern, the house at {num} {street} has been vacant for over two "
        "years and is now in a dangerous condition. Please inspect it.",
        "Hello, I would like to report a homeless encampment in {place}. The people there seem "
        "to need help and the area is getting unsafe.",
        "Good afternoon, a stray dog has been wandering around {street} for {days} days. It "
        "looks hungry and frightened.",
        "Hi, could you tell me how to apply for a residents' discount card? I moved to {num} "
        "{street} last month.",
        "Address: {num} {street}. Issue: noise from neighbours. Times: every night from about "
        "{time}.",
        "Location: {place}. Issue: dead animal (fox) on the path. Please remove.",
        "Category: Pest control. Location: {num} {street}. Description: rats seen in the "
        "garden and under the shed.",
        "Category: Code enforcement. Address: {num} {street}. Details: overgrown garden, junk, "
        "possible vermin.",
        "Type: Animal welfare. Where: {num} {street}. Details: dog left outside without food "
        "or water for {days} days.",
        "Report: illegal building work. Address: {num} {street}. Details: extension being "
        "built with no permit displayed.",
        "still no response about the noise from {num} {street}. its been {days} days",
        "rats in {place} AGAIN. nobody cares",
        "THE PARTY AT {num} {street} IS STILL GOING AT 4AM",
        "why does nobody do anything about the tents in {place}",
        "dog barking {num} {street} since {time} please help",
        "great work on {street} guys, looks brand new",
        "Rats in the bushes right next to the new bike racks on {street}, dozens of them at night.",
        "There are rats living under the bus shelter at {stop}, you can see them running out "
        "when people wait.",
        "The nightclub opposite {stop} plays music until 5am, we can hear it three streets away.",
        "Homeless man sleeping next to the recycling bins at {place}, is there a shelter he "
        "can go to?",
        "People camping in the car park at {place}, there's a caravan with kids and no water.",
        "The traffic on {street} is fine, it's the neighbours' parties that are the problem. "
        "Every weekend until 4am.",
        "Drunk people shouting at the tram stop {stop} every night after the bars close.",
        "Someone is feeding foxes in {place} and now they're everywhere, in bins and gardens.",
        "Who should I talk to about my neighbour's tree? It's on their property and drops "
        "leaves into our garden.",
        "Thank you to whoever cleared the fallen tree on {street} so fast, we could get to work.",
        "Thanks for the new bus shelter at {stop}, it's lovely. Nice one.",
        "Is it true the council is going to sell {place} to developers? Residents should be asked.",
        "Great community event at {place} yesterday, please do it again next year.",
        "The new mayor's plan for {street} is a disaster, nobody asked us.",
        "Is there free public wifi at {place}? Couldn't find anything on the website.",
        "Can you recommend a good restaurant near {place}? Visiting this weekend.",
        "Lost cat, grey tabby, last seen on {street} near {num}. Please share.",
        "Found a dog without a collar near {place}, it's with me now. Who do I contact?",
        "Dead rat on the pavement outside {num} {street}, been there two days.",
        "The bakery at {num} {street} has mice, saw droppings on the shelves.",
        "The nightclub at {place} has bouncers shouting at people in the street at 3am.",
        "Dogs barking at the kennels behind {street} all night, every night.",
        "Neighbour's rooster at {num} {street} crows from 4am.",
        "Loud religious speaker at {place} every Saturday morning, can we have it turned down?",
        "Wasps flying into our kitchen at {num} {street} from a nest in the wall.",
        "Kids breaking into the empty school building on {street} at night.",
        "Someone is living in the derelict house at {num} {street} and lighting fires inside.",
        "Landlord at {num} {street} cut off our heating to force us out.",
        "Illegal rubbish burning in the back garden of {num} {street}, smoke coming into our "
        "house every evening.",
        "Neighbour is running a car repair business from the driveway of {num} {street}, noise "
        "and fumes every day.",
    ],
}

# Long reports: 3-6 sentences as residents really write them in a reporting app, a web form or
# an e-mail to the city (or, for transit, a long complaint to an operator): context, when it
# started, what they already tried, how it affects them, what they ask for. The department's
# object is named once or twice among many everyday words. Same slots as BODIES.
NARRATIVES: dict[str, list[str]] = {
    "traffic": [
        "Hello, I am writing about the traffic lights at the corner of {street} and {place}. "
        "They have been stuck on flashing amber since {days} days ago and nobody seems to have "
        "noticed. My kids walk past there to school every morning and the cars just race "
        "through. I reported it in the app last week but the report still says 'open'. Please "
        "send someone before there is an accident. Thank you.",
        "Good morning, I'm 81 and I walk to the shops on {street} every day. The green man at "
        "the crossing outside {num} only stays on for a few seconds and I am barely halfway "
        "across when the cars start moving. Last Tuesday a van hooted at me and I nearly fell. "
        "Could somebody please look at the timing of that light? Many thanks.",
        "Dear Sir or Madam, the push button for the pedestrian crossing near {stop} has been "
        "broken for weeks. You press it and nothing happens, no light, no beep, so people give "
        "up and just walk into the road. I have reported this before, twice, and got an "
        "automatic reply both times. It is a busy road and I worry about the school children. "
        "Regards.",
        "Hi, I run the bakery at {num} {street}. Every single morning from about 7 the delivery "
        "vans park on the double yellows right outside and block the whole lane, and then the "
        "buses and cars queue back past my shop honking. I have asked the drivers nicely many "
        "times. Could you please send a traffic warden at that time of day? It is really hurting "
        "business. Thanks.",
        "To whom it may concern, there is a car parked on {street} opposite number {num} that "
        "has not moved in over two months. Both front tyres are flat, the back window is smashed "
        "and it has no tax disc or plates anymore. Neighbours are starting to throw rubbish into "
        "it. Can it please be towed away? I can send photos if needed.",
        "I'm a daily cyclist and I want to complain about the bike lane on {street}. Every "
        "evening it is completely blocked by parked cars and delivery vans, so I have to pull "
        "out into fast traffic. I nearly got clipped by a lorry yesterday. I've sent photos "
        "before and nothing changed. Please get some enforcement out there or put in bollards. "
        "Thank you.",
        "Hello, since they closed {street} for the works near {place} all the traffic is being "
        "sent down our little residential road. It used to be quiet, now it's a queue of cars "
        "from 7 till 10 every morning and again in the evening. My children can't play outside "
        "anymore and the air smells of exhaust. Nobody told us about this diversion. Please can "
        "the detour be changed or at least signed properly.",
        "Good afternoon, the stop sign at the junction of {street} and {place} was knocked over "
        "some time last weekend. It is now lying in the grass and drivers on the side road just "
        "roll out without stopping. I saw two near misses just this morning while walking the "
        "dog. It has been like this since {days} days. Please could someone replace it urgently.",
        "I wish to report persistent speeding on {street}. The limit is 20 but cars and "
        "motorbikes regularly do 50 or more, especially late at night and early on Sunday "
        "mornings. We have a lot of young families here and elderly people crossing to the park. "
        "We asked the council for speed bumps last year and heard nothing. Please, before "
        "somebody is killed, do something about it.",
        "Hi there, I've lived at {num} {street} for 15 years and I've never seen it this bad. "
        "Our driveway is blocked by parked cars at least three times a week, sometimes for the "
        "whole day. Yesterday I couldn't get my wife to her hospital appointment. I called the "
        "non emergency line and was told to contact you. Can a warden please come and ticket "
        "these cars?",
        "Hello, the road markings on {street} have worn away completely since the resurfacing "
        "last year, there are no lane lines and the stop line at the junction is gone. At night "
        "in the rain you honestly cannot tell where you're supposed to be. I drive there every "
        "evening after work and it's getting scary. Please repaint the lines. Thank you very "
        "much.",
        "Dear council, the zebra crossing outside the primary school on {street} is so faded "
        "it's nearly invisible, and one of the beacons is out. Parents have been complaining at "
        "the school gate for months. I have two children who cross there every morning and I'm "
        "honestly worried. Could it please be repainted and the light fixed before the winter? "
        "Kind regards.",
        "Good evening, there is a big lorry parking overnight on {street} every night this week, "
        "engine running from about 5am. The street is residential and too narrow, the bin lorry "
        "could not get past on Monday. I have left a note on the windscreen but nothing. Is "
        "there a weight limit here, and can someone enforce it? Thanks in advance.",
        "Hello. I'm writing on behalf of the residents of {street}. Since the satnav apps "
        "started sending people through our road to avoid the lights on {place}, we get hundreds "
        "of cars an hour cutting through at speed. We have asked for traffic calming, a 20 zone, "
        "anything. Our kids walk to school along here. Please send someone from highways to look "
        "at it.",
        "Hi, the traffic signal at {street} and {place} is completely dark, all four directions, "
        "since about {time} today. There's no police officer and people are just guessing who "
        "goes first. I almost got T-boned in my car. Please send a crew ASAP, this is a big "
        "intersection.",
        "Annoyed resident here. For the third month in a row someone has left an old camper van "
        "parked across two spaces on {street} near number {num}. It never moves, the windows are "
        "green with dirt, and now it's got a flat tyre. Parking is already impossible here. I've "
        "reported it in the app twice already. Please deal with it.",
        "Dear team, the pedestrian light by {place} doesn't beep anymore. My neighbour is blind "
        "and has relied on that sound for years to know when to cross, now she has to wait for "
        "someone to help her. She used to be so independent. I would really appreciate it if "
        "someone could repair the audible signal. Thanks so much.",
        "Hello, I'd like to request a pedestrian crossing on {street} between the bus stop and "
        "the park. At the moment people, including lots of elderly residents from the care home, "
        "run across four lanes because the nearest crossing is 400 metres away. I watched a man "
        "with a walker get stuck in the middle last week. Please consider it. Thank you.",
        "Hi, I have a disabled parking bay outside my house at {num} {street} and almost every "
        "evening someone without a blue badge parks in it. I am in a wheelchair and have to park "
        "two streets away and struggle back in the dark. I've reported it several times. Could "
        "enforcement please visit in the evenings? Thank you for your help.",
        "There are about six of those rental e-scooters dumped on the pavement outside {num} "
        "{street}, some lying flat, one in the hedge. They have been there for over a week. My "
        "mum is partially sighted and tripped over one on Sunday. Who is supposed to collect "
        "these? Please get them moved.",
        "Good morning. The parking meter on {street} near {place} has been eating coins for "
        "weeks and doesn't print a ticket, and the card reader is broken too. I got a fine on "
        "Friday even though I tried to pay, and I have a photo of the screen showing 'out of "
        "order'. Could somebody fix the machine and also look at my fine? Regards.",
        "Hello, I'm a delivery driver and I want to report the junction at {street} and {place}. "
        "There is a hedge and a parked van that block the view completely when you pull out, and "
        "there's no mirror. I've seen three near misses this month. Could you put up a mirror or "
        "yellow lines so nobody parks there? Cheers.",
        "Dear Sir/Madam, the one-way sign at the top of {street} has been twisted round, "
        "probably by a lorry, so now drivers coming from {place} think they can go down the "
        "street the wrong way. Twice this week I have met a car head-on coming out of my drive. "
        "Please could it be fixed. Many thanks.",
        "Hi, the road has been closed at {street} since {days} days with barriers but there are "
        "no diversion signs at all. Everybody drives up to the barrier, does a three point turn "
        "in front of our house, and goes back. It's chaos in the morning and the kids can't get "
        "out of the gate. Please put up proper detour signs.",
        "Not happy. The traffic light timing at {street} and {place} was changed a few weeks ago "
        "and now the green for our side road lasts about five seconds. The queue goes back past "
        "{num} every evening and people jump the red out of frustration. I live on the corner "
        "and watch it every day. Please check the timing.",
        "Hello, my son cycles to college and there is a bike lane on {street} that just stops "
        "suddenly at the bridge and throws you into the traffic. Last month he was hit by a car "
        "door at exactly that spot. He's okay, but it could have been much worse. Could the "
        "cycle lane please be continued or at least marked? Thank you.",
        "I'd like to complain about cars honking outside {num} {street} at all hours. There's a "
        "narrow bit where two cars can't pass and drivers lean on the horn instead of waiting. "
        "It's constant from 7am. We have a baby who can't sleep. Could the parking on one side "
        "be removed so traffic flows? Thanks.",
        "Good evening, I manage the dental practice at {num} {street}. For weeks someone has "
        "been parking in front of the fire hydrant outside our building every night and it's "
        "still there in the morning. The fire brigade did a check last month and were not "
        "pleased. Could a parking officer please come by early and ticket or tow it?",
        "Hi, there's a stolen looking bike locked to the railing outside {num} {street}, no "
        "wheels, no seat, just the frame, and it's been there since the spring. It blocks half "
        "the pavement for prams. I'd be grateful if someone could remove the abandoned bike. "
        "Thanks.",
        "Dear council, there used to be a sign saying 'No HGVs' at the entrance to {street} but "
        "it disappeared after the storm in January. Since then big lorries are coming through "
        "looking for the industrial estate and getting stuck at the bend, reversing up the road. "
        "It's really dangerous with children around. Please replace the sign. Kind regards.",
        "Hi, the street name sign at the corner of {street} is missing, the post is still there "
        "but the plate has gone. We've had a parcel courier, a taxi and even an ambulance drive "
        "past our road in the last month. My father is elderly and this really worries me. "
        "Please put a new sign up. Many thanks.",
        "Hello. Every school day from 8 to 8:45 the road outside the school on {street} turns "
        "into a car park. Parents stop on the zig zags, on the corners, on the pavement, across "
        "driveways. I walk my twins there and we have to step into the road. I've mentioned it "
        "to the school, who told me to contact you. Please could you send an officer some "
        "mornings.",
        "Evening, writing as a pedestrian and a mum. The crossing outside {place} has a "
        "pedestrian light that turns green at the same time as the cars turning left. I have "
        "nearly been hit twice with the buggy. It has been like this since the lights were "
        "replaced. Please ask the engineers to look at the phasing.",
        "Hello, I use a mobility scooter and the dropped kerb outside {num} {street} is always "
        "blocked by the same silver car parked half on the pavement. I have to go into the road "
        "to get round it. I have reported this in the app already. Please can you send a warden "
        "and put in some yellow lines.",
        "Good morning, I work nights and drive home along {street} at about {time}. The traffic "
        "light by {place} goes red for no reason every few minutes even when nobody is there, "
        "and I've seen people just drive through it. I think the sensor is broken. It's been "
        "happening since at least {days} days. Could it be checked? Thanks.",
        "Dear Sir, I am writing to ask for speed humps on {street}. Since the new housing estate "
        "opened the number of cars has tripled and many drive far too fast, our cat was killed "
        "last month and a neighbour's child was nearly hit. We have a petition with 60 "
        "signatures. I would appreciate a reply this time, as my last e-mail went unanswered.",
        "Hi, bit of a strange one. There's a car parked outside my house on {street} with a "
        "'SORN' note in the window and weeds growing round the wheels. It's been there for at "
        "least half a year and I don't know whose it is, none of the neighbours do either. Is "
        "this something you can remove? Thanks for your time.",
        "Hello, the cycle path along {place} was repainted but the new markings send bikes "
        "straight into the bus stop, where people are standing waiting. It's confusing for "
        "everyone and I've seen a cyclist crash into a pram. Please can someone rethink the "
        "layout of the bike lane there. Best wishes.",
        "I'm writing because the junction at {street} and {place} is genuinely dangerous. "
        "There's no proper give way line, the corner is blind and drivers come round at speed. "
        "My husband was in a collision there in March and our neighbour in April. We walk past "
        "with our dogs every day and hold our breath. Please can highways look at it.",
        "Hi, the temporary traffic lights from the gas works on {street} are still there even "
        "though the workmen left {days} days ago, and they're stuck on red. People are waiting "
        "for ages and then just going through. Could whoever is responsible remove them or "
        "switch them off? Thanks a lot.",
        "Dear team, my elderly mother lives at {num} {street} and has a residents parking "
        "permit, but for the last month the residents' bays are full of commuters who park all "
        "day and walk to the station. She cannot park near her home and has to carry shopping a "
        "long way. Is enforcement happening at all? Please look into it.",
        "Good evening, the yield sign at the roundabout near {place} is completely covered by an "
        "overgrown tree, you cannot see it until you're right on it. Two cars collided there on "
        "Saturday in front of me. Whoever trims the trees or moves signs, please sort it out. "
        "Thank you.",
        "Hello, I'd like to report constant illegal parking on the pavement along {street}. Cars "
        "park with two wheels up every night so there's no room for wheelchairs or prams, I have "
        "to walk in the road with my toddler. I have asked neighbours, reported it twice and "
        "called once. Nothing has changed. Please send a parking officer.",
        "Hi, there is a huge traffic jam on {street} every afternoon since the lane was closed "
        "near {place}. It takes 40 minutes to go one mile and the side streets are gridlocked "
        "too. I get that works have to happen, but is there really no better traffic plan? "
        "Please look at it, the whole area is stuck.",
        "Good morning. Not sure who deals with this, but the 'School - Slow' sign on {street} "
        "has been spray painted over and the flashing 20 light doesn't come on any more. Cars "
        "used to slow down there and now they don't. The crossing patrol lady told me she "
        "reported it months ago. Please could it be repaired.",
        "Hi, this is the second time I'm writing about the abandoned moped chained to the lamp "
        "post outside {num} {street}. It's been there since last year, rusting, no number plate, "
        "and kids have been sitting on it. Please come and take it away this time, I'd really "
        "appreciate it. Thanks.",
        "Hello, I'm a taxi driver, I drive through {place} every night. The traffic lights at "
        "the pedestrian crossing there cycle to red every 30 seconds even at 3am when there's no "
        "one around, people stop and then rage. Also the crossing light is often not in sync. "
        "Maybe the button is stuck? Please have it checked, it's been weeks.",
        "Dear Sir/Madam, I am writing to object to the constant speeding down {street}, "
        "particularly motorbikes racing in the evenings between 9 and midnight. It is loud, "
        "terrifying and someone will die. We have lived here for 30 years and never known it "
        "like this. We would like a speed camera or at least speed cushions. Yours faithfully.",
        "Hi all, the bike lane on {street} has faded so much that drivers don't even know it "
        "exists and park right on it. I ride it every day to work with my daughter on the back. "
        "Could it be repainted, ideally in green, with some bollards? Would make such a "
        "difference. Thanks.",
        "Hello, there is a white van parked on the corner of {street} and {place} right on the "
        "zig zag lines of the crossing, every day from 8 until 6. Children coming out of the "
        "park can't see the traffic and drivers can't see them. I have taken photos on four "
        "different days. Please could you enforce the no parking there.",
        "Good afternoon, the traffic light for cyclists at {place} never turns green unless a "
        "car triggers it, so bikes wait forever or go through on red. As a cyclist I don't want "
        "to break the rules but there's no choice. It has been like this since the new lights "
        "went in. Please adjust the detector. Thanks.",
        "Hello. I'm a community nurse and I visit patients on {street} every day. Parking is a "
        "nightmare because lots of bays have been taken by a builder who leaves skips and cars "
        "there for weeks without any permit. I have to park far away and carry heavy equipment. "
        "Can somebody check whether they are allowed to do that?",
        "Dear council, a car has been parked across our shared driveway at {num} {street} since "
        "Friday night. Nobody knows whose it is. I can't get my car out for work and my partner "
        "is pregnant, due any day. I called the police and they said it's a parking issue for "
        "you. Please can it be removed urgently.",
        "Hi, can I ask for the road markings at the {place} roundabout to be looked at. The lane "
        "arrows were changed last year but the old ones are still visible under the new ones and "
        "nobody knows which lane goes where. There are dents and scratches on cars every week, I "
        "see it from my window. Thanks very much.",
        "Hi, I'm writing as a parent of three. The crossing on {street} by the playground has no "
        "lights at all and cars go past at 40. My eldest tried to cross on his scooter and a car "
        "didn't stop. I think it needs a proper signal-controlled crossing. I'm happy to collect "
        "signatures if that helps. Thank you.",
        "Dear Sir/Madam, I have been a resident of {street} for over twenty years. Since the "
        "diversion for the bridge works started, HGVs use our street as a short cut all night "
        "long. The windows shake, the cars parked along the road get their mirrors knocked off. "
        "The signs for the official detour are hidden behind a bush. Please help.",
        "Hi, the lights at the pedestrian crossing outside {num} {street} turn green for walkers "
        "and green for the cars at the same time, at least twice today. A cyclist went flying "
        "this afternoon. Please treat this as urgent and send an engineer out. Thanks.",
        "Hello, the speed cushions on {street} were removed during the resurfacing and never put "
        "back. Since then it's like a race track. My children used to ride their bikes on the "
        "pavement here and now I won't let them. I have phoned twice, and been promised a call "
        "back twice. Please reinstate the speed bumps.",
        "Hello, some motorists are parking on the grass verge and across the entrance of the "
        "cycle track near {place}, so bikes have to squeeze past on the wrong side. I cycle with "
        "a child seat and this is really unsafe. It's been like this for a month. I'd be "
        "grateful for any help with enforcement. Regards.",
        "Good morning, I'd like to report that the bus lane camera sign on {street} has fallen "
        "down and now drivers are parking in the bus lane all morning. The buses cannot get to "
        "the stop and people have to get off in the middle of the road. It's been like this "
        "since {days} days. Please fix the sign and send a warden.",
        "Hi team, there's a caravan and a trailer parked on {street} outside {num} since the "
        "summer. They never move, one tyre is flat and a window is broken. People have started "
        "using the trailer as a bin. It takes up three spaces in a street with very little "
        "parking. Please can you check whether it's abandoned and remove it.",
        "Hello, I am 74 and walk with a stick. The pedestrian crossing near {place} has lost its "
        "push button, there's just a hole with wires. I cannot run across the road anymore. My "
        "daughter says she reported it in the app last month. I would be very grateful if "
        "somebody came to repair it. God bless.",
        "To the traffic department: the traffic lights at {street} and {place} have been showing "
        "green to two conflicting directions at once this morning around {time}. I saw a near "
        "collision between a bus and a car. Please send a technician immediately. I will stay "
        "near the junction for a while if you need details.",
        "Hello, I'm a dad and a daily cyclist. There's a dangerous bit on {street} where the "
        "cycle lane crosses the slip road with no markings at all. Drivers turning left never "
        "expect bikes there. My neighbour's son came off last week. Please could the crossing be "
        "marked in red or given its own light? Thanks in advance.",
        "Hi, we keep getting huge articulated lorries trying to turn into {street} because their "
        "satnav tells them to, and they get wedged at the corner and knock the kerbs and the "
        "bollards. Then they reverse out with that beeping at 6am. Please put up a clear sign at "
        "{place} saying 'unsuitable for HGVs'. Thank you.",
        "Dear Sir or Madam, I live opposite the football ground and on match days the whole of "
        "{street} is full of illegally parked cars, on the pavement, on corners, in front of "
        "driveways. Last Saturday an ambulance could not get through to a neighbour. I'm asking "
        "for proper enforcement on match days. Kind regards.",
        "Hello, just to say the 'Road Closed' sign at the end of {street} is still up even "
        "though the works finished {days} days ago. Every delivery van and taxi turns around and "
        "goes the long way, and our customers think the shop is shut. I run the hair salon at "
        "{num}. Please take the sign away. Thanks a lot.",
        "Hi. I've reported the broken traffic light on the corner of {street} before, and the "
        "report got closed as 'fixed', but it's still not working, the red for our direction "
        "doesn't light up at all. You only see amber and green. It's like this again since "
        "yesterday. Please send someone who can actually fix it.",
        "Hello, I'm writing about the car that has been dumped in the lay-by on {street} near "
        "{place}. It has been burnt out, I think on Saturday night, and it's just sitting there "
        "black and smelly. Children have been climbing on it. Please can it be removed quickly, "
        "it's dangerous. Thanks.",
        "Good morning, the pedestrian signal at {place} shows the red man all the time, even "
        "when the cars have red. Nobody knows when to cross so people just go when it looks "
        "clear. My elderly father got stuck in the middle yesterday. It's been like this since "
        "{days} days. Please repair it.",
        "Hi, our street {street} is a narrow one-way road but every evening people drive down "
        "the wrong way to avoid the traffic on {place}. We've had two wing mirrors smashed and a "
        "near miss with a child. Could there be a 'no entry' sign at the bottom end, or a "
        "camera? Many thanks.",
        "Dear council, I'd like to ask for double yellow lines on the corner of {street} and "
        "{place}. Cars park right up to the junction so buses and bin lorries can't turn, and "
        "you can't see oncoming traffic when pulling out. We have asked for this since 2019. I'd "
        "be grateful for an update this time.",
        "Hello, the traffic lights outside the hospital on {street} have a really long red for "
        "pedestrians, nearly three minutes. Patients and visitors, many on crutches or in "
        "wheelchairs, give up and cross through the cars. I work at the hospital and see it "
        "every day. Could the timing please be looked at? Thank you.",
        "Hi, I'm a courier and I want to flag that the loading bay on {street} is always full of "
        "private cars parked all day. We have to double park and then get fined, and the traffic "
        "backs up behind us honking. I've asked a few times. Please could enforcement check the "
        "loading bay in the mornings.",
        "Good evening. I'm writing about the level of traffic congestion on {street} since the "
        "new supermarket opened. Saturday afternoons it takes 25 minutes to get out of our road, "
        "and the car park queue blocks the junction. My partner missed a shift at work last week "
        "because of it. Please could someone look at the traffic flow and the junction?",
        "Hello, the 'Keep Clear' box markings have worn off and now the entrance to the fire "
        "station on {street} is blocked by queuing cars at rush hour. I live next door and saw "
        "the fire engine stuck with its sirens on this morning. Please repaint the keep clear "
        "box and enforce it. Thanks.",
        "To whom it may concern: on {street} there's a speed limit sign that says 30 but the "
        "whole area was made 20 last year, and nobody has changed it. Drivers point at it when "
        "you ask them to slow down. My children walk to school along this road. Please replace "
        "the sign with the correct limit.",
        "Hi, the bike lane on {street} has become a parking lane for the takeaway drivers every "
        "evening from 6. They sit there with engines running and hazard lights on. I ride home "
        "at that time and have to swerve into the traffic every night. Please can someone "
        "enforce the cycle lane? I've reported it before.",
        "Dear Sir/Madam, I am writing on behalf of my elderly neighbour at {num} {street}. A car "
        "with no plates has been parked in front of her gate for over three weeks, so the carers "
        "who visit her twice a day can't park anywhere near. She is very upset. Please could it "
        "be checked and removed.",
        "Hello, there is a new traffic light at {place} but it is badly placed, the signal is "
        "hidden behind the bus shelter when you come from {street}. Drivers see it late and "
        "brake hard. I've nearly been rear-ended twice. Could it be moved or could there be "
        "another signal head? Thank you.",
        "Morning. The crossing patrol has been stopped at {street} and since then there's no "
        "safe place for children to cross by the school. Cars are going at speed. I'd like a "
        "zebra crossing or at least a traffic island. As a mum of four I walk there twice a day. "
        "Please take this seriously.",
        "Hi, honking complaint. The taxi rank at {place} was moved onto our street and the "
        "drivers beep at each other, at pedestrians and at every car that slows them down, from "
        "early morning until past midnight. Plus they park on the corners. Could you move the "
        "rank back or enforce the parking rules? Thanks.",
        "Good afternoon, I live on {street} and since the road was narrowed with the new "
        "planters, drivers coming from opposite directions play chicken and end up on the "
        "pavement. My wall has been hit twice. I think there needs to be a give way sign for one "
        "direction. Please send someone to assess the traffic layout.",
        "Hello, since the 'no right turn' sign was put up at {place}, all the cars go round "
        "through our estate, at speed, and do U-turns in our cul-de-sac. It's been like this for "
        "a month and the kids can't play out. Can the sign be reviewed or can we get a road "
        "closure for through traffic? Many thanks.",
        "Hi there, there's a dozen old shared bikes and scooters thrown in a heap at the end of "
        "{street} near {place}, some in the bushes. They've been there since the operator left "
        "the city months ago. It looks awful and people trip over them at night. Please arrange "
        "for them to be collected. Thanks.",
        "Dear team, please can I ask why the traffic lights on {street} are switched off at "
        "night now? Between 11pm and 6am they flash amber, and people fly through that junction. "
        "I've heard three crashes from my bedroom since the summer. I would like them to work "
        "normally at night. Best regards.",
        "Hello, I'm writing for the tenants' association of {street}. Every day the residents' "
        "parking is filled with cars from the new office block, and enforcement seems to have "
        "stopped completely. Elderly residents have to park two streets away and walk in the "
        "dark. We'd like more patrols and, honestly, a reply. Thank you.",
        "Hi, the road was resurfaced on {street} last week and now there are no markings at all, "
        "no centre line, no parking bays, no stop lines at the junctions. Last night two cars "
        "nearly collided at the corner with {place}. Please get the lines painted back soon, "
        "it's dangerous in the dark.",
        "Hello, I am a school crossing patrol officer on {street}. The flashing amber lights "
        "that warn drivers about the crossing have stopped working, and drivers are not slowing "
        "down. I have reported it to my manager and he told me to report it here too. Please fix "
        "the warning lights as soon as possible. Thank you.",
        "Good morning, I walk my dog along {street} every day and a car without plates has been "
        "parked on the grass next to {place} for weeks now. Today I noticed it's been broken "
        "into, glass everywhere and the boot open. It looks completely abandoned. Could you "
        "please arrange for it to be taken away?",
        "Hello, the filter arrow on the traffic lights at {street} and {place} doesn't come on "
        "at all any more, so drivers turning right sit in the middle of the junction and then go "
        "on red. It's been like that since {days} days. Every evening there's a jam back to "
        "{num}. Please get it repaired.",
        "Hi, I'm a wheelchair user and I want to ask for a crossing point with a lowered kerb "
        "and a signal at {place}. Right now I have to go 500 metres out of my way to reach the "
        "lights. I'm happy to meet someone from highways on site. Thank you very much for "
        "considering this.",
        "Dear Sir/Madam, car transporters unload vehicles in the middle of {street} every "
        "Thursday morning outside the garage at {num}. They block both lanes and the traffic "
        "tails back for ages, with everyone honking. I have spoken to the garage, they don't "
        "care. Please can someone from parking enforcement look at this.",
        "Hello, there's a new mini roundabout on {street} but the signs still show the old "
        "priority, so half the drivers think they have right of way and the other half think "
        "they do. I've seen several near misses. Please could proper signs and give way lines be "
        "put in? Thanks.",
        "Hi, just wanted to report that the mirror on the bend of {street} has been smashed and "
        "turned towards the wall, so you can't see the cars coming around the corner anymore. "
        "It's been like that since the weekend. My husband drives out of our drive there every "
        "morning. Please replace it soon. Thank you.",
        "Hello, I've reported this three times. The speed camera van used to stop on {street} "
        "and drivers slowed down. It hasn't been for months and the speeding is back. At night "
        "it's like a drag strip. We have a nursery on this road. Please can the speed "
        "enforcement return, or can we get permanent speed bumps?",
        "Good evening, our road, {street}, has been closed for the festival at {place} since "
        "Friday but nobody sent any letters. I can't get to my garage and the diversion signs "
        "send cars into a dead end. My father has dialysis three times a week and we missed one "
        "appointment. Please sort out the road closure arrangements.",
        "Hi, I live at {num} {street} and I'm writing about the stop light at the intersection "
        "with {place}. For about a week it's been stuck on red in one direction for five minutes "
        "at a time, and folks just run it. My teenager just started driving and I don't feel "
        "safe letting her go that way. Could someone from the city come take a look? Thanks so "
        "much.",
        "Hello, there's a pickup truck with expired tags that's been sitting on {street} in "
        "front of my house for about six weeks now. It hasn't moved once, the windshield is "
        "cracked and there's a parking ticket from last month still on it. Street parking is "
        "really tight on our block. Can you please have it tagged and towed?",
        "To whom it may concern, I am requesting a crosswalk and a stop sign at {street} and "
        "{place}. There is an elementary school two blocks away and kids cross there every "
        "morning without any markings. Cars come over the hill really fast. I've talked to other "
        "parents and we are all worried. Please let us know what the next step is.",
        "Hey, the walk signal at {place} is broken, it just shows the hand even when the cars "
        "have a red light. People are standing there confused and then jaywalking. I've seen an "
        "older man almost get hit. It's been like that since Monday. Please fix it soon, thank "
        "you.",
        "Hi there. Cars are constantly parking in the bike lane on {street} between {place} and "
        "the grocery store, mostly rideshare drivers waiting for pickups. As someone who bikes "
        "to work every day, I have to merge into traffic several times each trip. I've submitted "
        "this before. Could you please add some flex posts or ticket them?",
        "Good morning, our neighborhood has had a huge increase in cut-through traffic on "
        "{street} since the freeway ramp was closed. Cars are going 45 in a 25 and people are "
        "honking at us when we back out of our driveways. We would like speed humps or a traffic "
        "calming study. Our kids ride bikes here. Thank you for your time.",
        "Hello. My car got blocked in on {street} again this morning, someone parked so close to "
        "my driveway that I couldn't back out and I was late to work. It's the third time this "
        "month. There's no red curb or sign there. Could the city paint the curb or put up a no "
        "parking sign? Appreciate it.",
        "Hi, there's an RV parked on {street} near the park for over a month now, with a flat "
        "tire and stuff piled underneath. It takes up four spots and nobody ever seems to move "
        "it. Nobody has touched it in weeks and it looks abandoned. Could parking enforcement "
        "check it out? Thank you.",
        "Hello, I'm a school bus driver and I want to flag the road markings at {street} and "
        "{place}. The stop bar and lane lines are completely worn off and drivers keep stopping "
        "in the middle of the intersection. It's really dangerous when I'm turning with 40 kids "
        "on board. Please repaint when you can. Thanks.",
    ],
    "public_works": [
        "Hello, I am writing about a large pothole on {street} just outside number {num}. It has "
        "been getting bigger since the frost in January and now it's about a foot wide and deep "
        "enough to lose a wheel in. My husband's tyre burst on it last week and we had to pay "
        "for a new one. I reported it in the app already but nothing has happened. Please send "
        "someone to fill it. Thank you.",
        "Good morning, I'm 79 and I walk to the post office along {street} every day. There's a "
        "paving slab outside {num} that has lifted by a couple of inches and I caught my foot on "
        "it on Tuesday and fell. My knee is still swollen. I'm worried the next person will "
        "break a hip. Could somebody please come and fix the pavement? Many thanks.",
        "Hi, the street light outside {num} {street} has been out for {days} days now, and the "
        "whole stretch down to the bus stop is pitch black. My daughter gets off the bus there "
        "at night after work and she's scared walking home. I have reported it before. Please "
        "could you send someone to replace the bulb? Thank you.",
        "Dear Sir or Madam, our bins were not collected again on {street} this week. This is the "
        "third time in two months. The recycling is now overflowing, the bags are torn, and "
        "foxes have spread it all over the pavement. We pay our council tax like everyone else. "
        "Please send the lorry back and let me know why this keeps happening.",
        "Hello, someone has dumped a mattress, two sofas and a load of black bags at the end of "
        "{street} near {place}. It's been there since the weekend and keeps growing, people add "
        "more every night. My children walk past it to school and there's broken glass on the "
        "ground. Please arrange for it to be cleared. Thanks.",
        "Hi, I live opposite {place} and wanted to let you know that a big branch came down in "
        "the storm last night and is hanging from the oak by the path, just above the benches. "
        "Dog walkers and kids are walking right under it. It looks like it could fall any "
        "minute. Please send the tree people out as soon as you can.",
        "Good afternoon. The drain outside {num} {street} is completely blocked with leaves and "
        "mud, and every time it rains the whole road floods up to the kerb. Yesterday the water "
        "came up our path nearly to the front door. We've had this twice already this autumn. "
        "Could someone please come and clear the gully? Regards.",
        "Hello, the swings in the playground at {place} have been broken for weeks, one seat is "
        "missing and the other chain is twisted. My kids love that park and the younger one "
        "cries every time we go. There's also a loose board on the slide. Could somebody please "
        "fix the play equipment? Thank you so much.",
        "Dear council, I'm writing about the litter bin at the bus stop on {street}. It is "
        "always overflowing, especially on Mondays, and the rubbish blows all over the road and "
        "into our front gardens. People waiting for the bus just put their cans on the wall. "
        "Could the bin be emptied more often, or could you put in a bigger one? Thanks.",
        "Hi, there's a water leak in the road outside {num} {street}. It started as a small "
        "trickle about {days} days ago and now there's a constant stream running down the gutter "
        "and the tarmac is starting to bubble. It must be wasting a lot of water. I phoned it in "
        "on Monday. Please send a crew.",
        "Hello, I'm a mum of two and I'm fed up. The grass in the park at {place} hasn't been "
        "cut since May and it's now up to my son's waist. We can't play ball, we can't have a "
        "picnic, and last week he got a tick. There are also weeds all over the paths. Please "
        "can the mowing schedule be looked at.",
        "Good morning. There's graffiti all over the wall of the underpass near {place}, some of "
        "it really offensive. My kids walk through there every day on the way to school and "
        "they've started asking what the words mean. It appeared about a week ago. Could it "
        "please be removed as a priority? Thank you.",
        "Hi, there's a manhole cover in the middle of {street} that rattles and bangs every time "
        "a car or bus drives over it, day and night. I live at {num} and it wakes me up about "
        "twenty times a night. Last week it actually tipped up when a van went over it. I think "
        "it's dangerous too. Please fix it.",
        "Dear Sir/Madam, the pavement on {street} between {place} and the corner shop is in a "
        "terrible state. Tree roots have pushed up the tarmac, there are holes and the kerb is "
        "crumbling. I push my grandson in a pram and use a walking frame myself, and it is "
        "really hard. I'd be grateful if this could be repaired. Kind regards.",
        "Hello, we've had no snow clearing at all on {street} since Sunday. The pavement is "
        "solid ice and the side road is like a skating rink. Three neighbours have fallen, one "
        "is in hospital with a broken wrist. The bus has stopped coming down here too. Please "
        "send the gritter and someone to clear the footpath.",
        "Hi, the public toilets at {place} have been locked for over a month now with no notice. "
        "We bring our kids to the park every weekend and there's nowhere to go, people end up "
        "going in the bushes. When they were open they were filthy. Can you please reopen and "
        "clean them? Thanks.",
        "Hello, I'm writing on behalf of the residents of {street}. There's a strong sewage "
        "smell coming from the drains outside {num} and it has got much worse this week. Some "
        "mornings you can't open the windows. One neighbour says there's water bubbling up from "
        "the cover. Please can someone investigate the sewer urgently.",
        "Good evening, the lamp post at the corner of {street} and {place} was hit by a car a "
        "few days ago and is now leaning over the pavement at an angle. Wires are hanging out of "
        "the door at the bottom. Children going to school pass right by it. Please make it safe "
        "as soon as possible. Thank you.",
        "Hello, we requested a new recycling bin three weeks ago after ours was crushed by the "
        "bin lorry, and we still haven't received one. Our recycling is piling up in bags in the "
        "hallway. I've called twice and got a reference number both times. Could you please "
        "deliver the bin this week? Thanks.",
        "Hi, the bench by the pond at {place} is broken, one of the slats has snapped and there "
        "are nails sticking out. It's where all the older people sit in the afternoon, my mum "
        "included, and now they have nowhere to rest. It's been like this for about a month. "
        "Please repair or replace it. Cheers.",
        "Dear team, there are used needles and syringes in the bushes next to the children's "
        "play area at {place}. I found three this morning while walking the dog. I've kept my "
        "children away but other families don't know. Please send someone to pick them up safely "
        "and check the area. Thank you for acting quickly.",
        "Hello. There's a huge hole in the road at the junction of {street} and {place}, right "
        "where the buses turn. Cars swerve around it into the other lane and I've seen a cyclist "
        "come off. It's been there since the water company dug it up. I've reported this pothole "
        "twice now. Please repair it properly before someone is badly hurt.",
        "Good morning, the street lights along {street} come on during the day and then go off "
        "at night. It's been like this for {days} days. I walk home from the late shift at about "
        "{time} and it's completely dark. It's a waste of energy and it's not safe. Please could "
        "someone check the timer or whatever it is.",
        "Hi, I live at {num} {street}. The garden waste wasn't collected on Tuesday even though "
        "the brown bin was out on time at the kerb. It's now full of grass cuttings that are "
        "starting to rot and smell. The neighbours' bins were emptied, just not ours. Could you "
        "please send someone back? Thank you.",
        "Hello, the hedge along the public footpath between {street} and {place} is so overgrown "
        "that you have to walk sideways, and the brambles scratch you. With a buggy it's "
        "impossible. It's the council's path and hedge, I checked. I've mentioned this before. "
        "Please can someone cut it back.",
        "Dear Sir/Madam, the fountain in the middle of {place} has been switched off and filled "
        "with rubbish for the whole summer. It used to be lovely, the kids played around it. Now "
        "it's green water, cans and crisp packets, and it smells. Could it be cleaned and turned "
        "back on? Thank you.",
        "Hi, the road surface on {street} is breaking up badly, there are cracks everywhere and "
        "loose stones all over the road. Cars flick the gravel up and one chipped my windscreen "
        "last week. It's getting worse with every rainfall. Please resurface, or at least patch "
        "the worst parts. Thanks.",
        "Hello, there's a fallen tree blocking the footpath through {place} since the storm on "
        "Friday. People are climbing over it or walking through the mud around it. I walk my dog "
        "there every morning and an elderly lady slipped yesterday. Please send a crew to clear "
        "it. Many thanks.",
        "Good afternoon, I run the café at {num} {street}. The street has not been swept for "
        "weeks, there are leaves, cigarette ends and broken glass in the gutter right in front "
        "of my terrace. Customers complain and I sweep it myself every morning. Could the "
        "sweeper please come by our street more often? Thanks.",
        "Hi, the bottle bank at {place} is full to the top and people are leaving bags of glass "
        "bottles all around it. Some have smashed on the ground. My children cycle through there "
        "and I'm worried about the tyres and their hands. Please could it be emptied and the "
        "glass cleaned up? Thank you.",
        "Hello, I'd like to ask for a bulky waste collection. My father passed away and we are "
        "clearing his flat at {num} {street}. There's a wardrobe, a bed, a fridge and some "
        "chairs. I tried booking online but the form wouldn't submit. Could somebody call me "
        "back or tell me how to arrange it? Thank you.",
        "Dear council, every time it rains heavily the underpass at {place} fills up with water "
        "knee deep. I have to walk through it to get to the bus stop for work and my shoes are "
        "ruined. This has been going on for two years. Surely the drains can be fixed. Please do "
        "something this time.",
        "Hi, the railing on the footbridge over the stream near {place} has come loose and "
        "wobbles when you lean on it. Kids lean over it to look at the ducks. It's been like "
        "this since the summer. I'm really worried someone will fall into the water. Please "
        "repair the bridge railing. Thanks.",
        "Hello, somebody has dumped about twenty tyres in the lane behind {street}. They've been "
        "there over a week and now there's water collecting in them. I have reported fly-tipping "
        "here before and it gets cleared, then it happens again. Could you remove them, and "
        "maybe put a camera there? Thanks.",
        "Good morning, I live at {num} {street} and the kerb outside our house was smashed by a "
        "bin lorry reversing. There are chunks of concrete in the road and the edge is jagged. "
        "My mother uses a wheelchair and can't get up the dropped kerb anymore. Please could it "
        "be repaired. Thank you.",
        "Hello, I wanted to report that the leaves on {street} have not been cleared at all this "
        "autumn. They're piled up thick on the pavement and it's wet and slippery, especially by "
        "the bus stop. My father slipped on Wednesday. They also block the drains. Please send "
        "the leaf sweeper. Many thanks.",
        "Hi, the street lamp in the alley between {street} and {place} flickers on and off all "
        "night, it's like a disco. It used to be out, someone fixed it, and now it's this. It's "
        "been like this since {days} days. The alley is a shortcut to the school. Please send "
        "someone to fix it properly this time.",
        "Dear Sir or Madam, I want to report that the garbage bins in our block on {street} have "
        "not been emptied for two weeks. The bags are piled up beside them, there's a terrible "
        "smell and I've seen seagulls tearing them apart. I've called the hotline and they said "
        "it was logged. We need a collection urgently.",
        "Hello, the stone wall along the path at {place} has partly collapsed after the rain, "
        "there are big stones lying on the path and the rest looks ready to go. It's right next "
        "to where kids wait for the school bus. Please fence it off and repair it before it "
        "falls on someone.",
        "Hi, there's a broken fence around the playground in {place}, a big section is missing "
        "right next to the road. My toddler ran straight through the gap yesterday towards the "
        "traffic. I was lucky to catch him. It's been broken for weeks. Please fix it quickly, "
        "it's the whole point of a fence.",
        "Good evening. The pothole outside {num} {street} was filled two months ago but it's "
        "opened up again, and now it's even bigger than before. I drive over it every morning, "
        "it's at the spot where you pull out of the junction. My car's tracking is out because "
        "of it. Please fix it properly this time. Thanks.",
        "Hello, the steps leading down from {street} to {place} are in a dreadful condition. "
        "Several steps are cracked, one has a big chunk missing and the handrail is loose. I'm "
        "in my seventies and use them every day to go shopping. It's getting dangerous, "
        "especially in the wet. Please repair them.",
        "Hi, our neighbourhood has been waiting for the grit bin on {street} to be refilled "
        "since the first snow. It's empty and people are using it for rubbish. The hill is very "
        "steep and icy, cars slide down it and I've fallen twice with my shopping. Could you "
        "refill it and grit the road please? Thanks.",
        "Dear team, there's a big pile of rubbish and a broken fridge dumped on the grass verge "
        "by the bus shelter on {street}. It's been there over a week and it's attracting more "
        "rubbish. People waiting for the bus have to stand in the road. Please arrange a "
        "clear-up. Thank you.",
        "Hello, the overflow from the stream at {place} has been blocked by branches and litter, "
        "and when it rains the water floods the footpath and the gardens along {street}. Our "
        "garden was under water last week. We have reported it in previous years too. Please "
        "clear the stream bed before winter.",
        "Hi, I'm writing about the library on {street}. Part of the ceiling in the children's "
        "section has been leaking for weeks and there are buckets on the floor. The staff are "
        "lovely but they say they've reported it to the council and nothing happens. It's where "
        "my kids do their homework. Please get the roof repaired.",
        "Good morning, could someone please come and look at the roots of the big tree outside "
        "{num} {street}? They've pushed the pavement up by about 10 cm and cracked our front "
        "wall. My neighbour tripped over it last week. I don't want the tree cut down, I love "
        "it, but the sidewalk needs fixing.",
        "Hello. Our food waste bin was not emptied for the second week running on {street}. It's "
        "summer and it's full of maggots and the smell is awful, we can't sit in the garden. The "
        "collectors emptied the other bins. I would really like to know what's going on. Please "
        "collect it as soon as possible.",
        "Hi, there's a lot of litter along the grass verge on {street} between {place} and the "
        "roundabout, cans, bottles, takeaway boxes, nappies. It looks like nobody has picked any "
        "up for months. I do litter picks with the neighbours but we can't keep up. Could the "
        "council send a team? Thanks very much.",
        "Hello, I'd like to report a storm drain on {street} that is blocked solid. After the "
        "rain there is a huge puddle across the whole road and every time a car passes it soaks "
        "the people on the pavement. My son arrived at school drenched yesterday. Please clear "
        "the drain.",
        "Dear Sir/Madam, the lighting in {place} has not worked for weeks. None of the lamps "
        "along the main path come on at night. In winter it's dark by 4pm and lots of people "
        "walk home through the park. I no longer feel safe. Please could the park lights be "
        "repaired urgently. Yours sincerely.",
        "Hi, I just wanted to report that the clothing bank on {street} has been overflowing for "
        "two weeks, with bags of clothes and shoes piled up around it in the rain. It looks like "
        "a tip and people are rummaging through them. Could it please be emptied more often. "
        "Thank you.",
        "Hello, there's a deep pothole on the cycle route through {place}, right on the bend "
        "where you can't see it. I ride there every day and last night I hit it in the dark and "
        "went over the handlebars. Luckily only bruises. It's been there since the spring. "
        "Please fill it before someone gets seriously hurt.",
        "Good afternoon. The bin on my street was damaged during collection on Friday, the lid "
        "is hanging off and one wheel snapped. Now the foxes get in every night and our front "
        "path is covered in rubbish in the morning. I live at {num} {street}. Could you please "
        "replace the bin? Many thanks.",
        "Hi, I'm a postwoman and I walk {street} every day. There's an open hole in the pavement "
        "outside {num} where the utility company was working, with just a flimsy barrier that "
        "keeps blowing over. It's been left like that for about {days} days. Someone's going to "
        "fall in. Please get the works finished or at least made safe.",
        "Hello, there are several big potholes along {street} near the school. When it rains "
        "they fill with water and cars splash the children waiting at the gate. Some are deep "
        "enough to damage a wheel. We have complained as a parents' group for over a year. "
        "Please resurface the road.",
        "Dear council, the pond in {place} has turned green and smelly, there's rubbish floating "
        "in it and the edge is crumbling into the water. It used to be the nicest part of the "
        "park. My grandchildren and I feed the ducks there every Sunday. Could you clean it up? "
        "Thank you.",
        "Hi, the street lights on our whole street, {street}, have been out since the storm, so "
        "that's {days} days now. It's completely dark from the bus stop to the end of the road. "
        "Cars are parked on both sides and you can't see anything. Someone's car was broken into "
        "last night. Please fix the lights.",
        "Hello, the recycling wasn't collected from {street} on Thursday. The crates are still "
        "out, everything has blown down the street with the wind and there's cardboard all over "
        "the road. The app just says 'collection completed'. Please send someone back, and "
        "please fix the app. Thanks.",
        "Good evening, there is a broken manhole cover on the pavement outside {num} {street}, a "
        "corner has cracked off and you can see down into it. It's right outside the nursery "
        "entrance. I have put a cone over it for now but it needs repairing urgently. Thank you.",
        "Hi, the grass verges along {street} haven't been cut all summer and are now so high "
        "that you can't see the traffic when you pull out of the side road, and the weeds are "
        "coming through the pavement. It looks very neglected compared to other areas. Please "
        "send the mowers. Thanks.",
        "Hello, I'm writing about water coming up out of the ground on the pavement outside "
        "{num} {street}. It's been leaking for over a week, it's ice in the mornings, and "
        "there's now a crack in the road surface next to it. I think a pipe has burst. Please "
        "send someone to check.",
        "Dear Sir/Madam, the pedestrian tunnel under the railway near {place} is filthy, with "
        "rubbish, broken glass, urine smell and graffiti. My daughter has to go through it to "
        "get to college and she hates it. It needs a proper clean and the lights need fixing "
        "too. Thank you.",
        "Hi, yard waste pickup was missed on our block of {street} last week and again this "
        "week. The carts are full of leaves and branches from the big storm. We put them out the "
        "night before like we're supposed to. Can you send a truck by? Thanks.",
        "Hello, the fire hydrant outside {num} {street} is leaking water all the time, there's a "
        "constant puddle that freezes at night and the sidewalk is like glass. My neighbor "
        "slipped and hurt her back. It's been like that for about two weeks. Please send the "
        "water department to fix it.",
        "Hi, I wanted to report that the new bins put in at {place} are too small and are "
        "overflowing every weekend with picnic rubbish and dog poo bags. The crows pull "
        "everything out and it ends up all over the grass. Please empty them more often at "
        "weekends or get bigger ones. Many thanks.",
        "Good morning. The road works on {street} have been going on for weeks, and now the "
        "contractors seem to have disappeared, leaving a trench with metal plates over it, "
        "barriers and a pile of gravel on the pavement. Nobody has worked there for {days} days. "
        "When will it be finished? It is blocking my shop entrance.",
        "Hello, I live at {num} {street}. The tree on the pavement outside my house has grown so "
        "big that its branches are scraping the upstairs windows and blocking the street light, "
        "so the pavement is dark at night. I have asked for it to be pruned before. Please could "
        "someone come and trim it.",
        "Hi, the tarmac on the footpath in {place} has been dug up and left with loose gravel "
        "and mud for a month. People with prams, bikes and wheelchairs are struggling. My mum "
        "who is 85 won't walk there anymore. Please finish the resurfacing. Thank you so much.",
        "Dear team, after heavy rain the road at the bottom of {street} floods every time, "
        "sometimes so deep cars get stuck. Water runs into the ground floor flats. I have lived "
        "here for eight years and it's getting worse. The drains obviously can't cope. Please "
        "investigate and fix the drainage.",
        "Hello, the playground at {place} has a broken roundabout that screeches and has a sharp "
        "edge where the metal has split. My son cut his hand on it on Saturday. There's also a "
        "lot of broken glass under the climbing frame. Please repair it and clean up the play "
        "area. Thanks.",
        "Hi, the grit bins are empty, the pavements aren't salted, and the path up to the health "
        "centre on {street} is a sheet of ice. Half the patients are elderly. I've seen two "
        "people fall this morning alone. Please send someone out today to grit the path. Thank "
        "you.",
        "Hello, someone has dumped builders' rubble, plasterboard and paint pots in the lay-by "
        "on {street}. It's been there since last Wednesday. The paint is leaking into the drain. "
        "I've seen a van doing it before. Please clear it and maybe check for evidence. Thanks "
        "for your help.",
        "Good evening, the street light in front of {num} {street} buzzes loudly and flickers "
        "all night. It shines straight into our bedroom when it does come on. It's been doing "
        "this since the engineers came to change the bulbs {days} days ago. Could someone come "
        "and check it? Thanks.",
        "Hi, the litter bins along {street} have been removed and not replaced. Now people just "
        "drop rubbish on the ground, there's litter blowing everywhere, especially near the chip "
        "shop. I've asked twice why the bins were taken away. Could you please put them back? "
        "Many thanks.",
        "Hello, there's a large crack across the road on the bridge over the river at {place}, "
        "and bits of concrete have fallen onto the path underneath. I walk under it every day "
        "with the dog. I'm worried the bridge is not safe. Please can an engineer take a look.",
        "Dear Sir or Madam, a large fallen tree is lying across the entire road at {street} "
        "since last night's storm. Cars cannot get through and people are driving over the "
        "pavement to get around it. I called the emergency number but nobody has come yet. "
        "Please send a crew urgently. Thank you.",
        "Hi, the gutter and drain at the corner of {street} are full of leaves and rubbish and "
        "the water pours into the road instead. In the cold it freezes into a big patch of ice "
        "right where people cross to the bus stop. Please clear the drain. It's been like this "
        "since {days} days.",
        "Hello, I'm a childminder and we go to {place} every day. The sandpit has dog mess in it "
        "and broken glass, and the seesaw is broken. The little ones can't use half of the "
        "playground. I've reported the dog mess before. Could the park staff clean the sandpit "
        "and fix the seesaw? Thanks.",
        "Hi, in the last two weeks a pothole has appeared on {street} right outside the bus "
        "stop, the buses and lorries are making it bigger every day and the whole road shakes "
        "when they hit it. Water sprays on people at the stop when it rains. Please come and "
        "patch it. Thank you.",
        "Good morning, I wish to complain about the state of the footpaths in our estate around "
        "{street}. Weeds are growing through every crack, the slabs are uneven and in places "
        "there's moss which is slippery when wet. My neighbour fell last winter. Please do some "
        "maintenance. Kind regards.",
        "Hello, there's been a pile of black bin bags left beside the communal bins on {street} "
        "for over a week, and now rats are ripping them open. The bins are full because the "
        "collection was missed. Please come and empty the bins and take the bags away. Thanks in "
        "advance.",
        "Hi, the public toilet block at {place} has a broken door lock, no toilet paper, and the "
        "hand dryer's been broken for months. It stinks. I'm a dad with two small kids and it's "
        "the only toilet in the park. Please fix it and clean it more often. Thank you.",
        "Hello, I wanted to report graffiti sprayed on the war memorial at {place}. It happened "
        "over the weekend. My grandfather's name is on that memorial, and it broke my heart to "
        "see it. Please could it be cleaned off carefully and quickly. Thank you for your help.",
        "Dear council, I am writing about the sunken patch of road outside {num} {street}. It "
        "looks like the tarmac is sinking over a pipe, there's a dip of several inches and it's "
        "getting deeper. Lorries bang into it all night and it shakes our house. Please "
        "investigate.",
        "Hi, the path around the lake in {place} is covered in goose droppings, mud and puddles, "
        "and one of the lamp posts is lying on the grass. It's been like this since the spring. "
        "I run there every morning and it's getting worse. Please clean the path and fix the "
        "lamp. Thanks.",
        "Hello, our street {street} was supposed to be swept last week according to the "
        "schedule, but the sweeper never came. The gutters are full of leaves, sand and broken "
        "glass, and now the cars can't park properly. Could you please send the sweeper? Thanks.",
        "Good afternoon. The manhole in the road at {street} is missing its cover entirely, "
        "there's just a traffic cone in it. A cyclist could fall straight in at night. I live "
        "opposite and I've put a light on it, but please send someone urgently. Thank you.",
        "Hi, I live at {num} {street} and my neighbour and I have been asking for a new food "
        "waste caddy for a month. Ours was taken by the collectors by mistake. We're trying to "
        "do the right thing and recycle but it's hard with no bin. Could one be delivered "
        "please? Cheers.",
        "Hello, the retaining wall along {street} near {place} is bulging out and there are "
        "cracks running through it. Stones have fallen onto the pavement twice this month. My "
        "kids walk past it to school every day and I'm scared it's going to collapse. Please get "
        "someone to inspect it. Thank you.",
        "Hi, the water main on {street} burst yesterday and although it was fixed, the crew left "
        "a huge muddy patch in the road and a trench covered with loose gravel. Cars are "
        "skidding and the dust blows into the houses. Please come back and finish the job. Thank "
        "you.",
        "Hello, there are brambles and nettles growing over the path in {place} next to the play "
        "area. My daughter got stung badly on Saturday. The path is also covered with weeds and "
        "hard to use with a buggy. Please could someone clear it back. Many thanks.",
        "Good morning. Can someone come and empty the dog waste bin at the entrance to {place}? "
        "It's been overflowing for a week and the smell in this heat is awful. There are bags "
        "all over the ground around it. People walk past it with their kids to the playground. "
        "Thanks.",
        "Hi, I'm writing about the state of the roads in our area, {street} especially. There "
        "are potholes everywhere, I counted eleven between my house and the shop. My wife has a "
        "back problem and every drive is painful. We've reported them one by one for a year. "
        "Please resurface the whole street. Regards.",
        "Hello, the lamp posts on the bridge near {place} have been out for about a month, so "
        "the bridge is completely dark at night. I cycle over it home from work and can't see "
        "the potholes or the people walking. Please get the lights working again. Many thanks.",
        "Dear Sir/Madam, there's a broken sewer pipe under the footway outside {num} {street}. "
        "The flagstones have sunk and there's a smell of sewage, especially in the evenings. We "
        "have a baby and the smell comes into the house. Please send someone to investigate. "
        "Thank you.",
        "Hi, there's a pile of needles, foil and dirty tissues on the steps behind the community "
        "centre on {street}. Children use those steps to get to the football pitch. I've seen "
        "this before, it got cleared, and now it's back. Please send someone to pick them up "
        "safely.",
        "Hello, the paving in the pedestrian area of {place} is a mess. There are loose slabs "
        "that rock when you step on them and splash you with dirty water. Tourists and shoppers "
        "trip over them all the time. I own the gift shop there and I see it every day. Please "
        "get them fixed.",
        "Hi, I'd like a new green bin please. Ours went missing after collection on Tuesday. "
        "We're at {num} {street}. The neighbours haven't seen it. I have a garden full of hedge "
        "cuttings waiting. Thanks for your help.",
        "Good evening, the gully at the bottom of our road {street} hasn't been cleaned in "
        "years. It's completely full of silt and plants are growing out of it. When it rains the "
        "water runs straight into the front gardens and under the garage doors. Please clean it "
        "out. Kind regards.",
        "Hello, I wanted to report that the steps of the town hall on {street} have a broken "
        "handrail and two cracked stone steps. I had to help an old man up on Friday. It's a "
        "public building and people with disabilities visit it every day. Please repair it soon. "
        "Thanks.",
        "Hi, the snow plough went down {street} yesterday and pushed all the snow onto the "
        "pavement, so now there's a wall of ice and we can't get out. The bus stop is buried "
        "too. Elderly people on our road are stuck at home. Please clear the pavements. Thank "
        "you.",
        "Hello, there's a big hole in the asphalt on the car park entrance at {place}, I think "
        "the council owns it. Every car has to crawl into it and there's a queue onto the main "
        "road. My car's bumper scraped on it today. Please fill it. Thank you.",
        "Dear team, the fence between the park at {place} and the railway line has a big gap in "
        "it. Teenagers are going through to the tracks. I'm worried something terrible will "
        "happen. Could the fence please be repaired as a matter of urgency? Thank you.",
        "Hi, could you please come and clear the drains along {street}? Every autumn the leaves "
        "block them and the road turns into a lake. Last year a car flooded its engine here. "
        "It's started again this week. I've reported this before. Thanks in advance.",
        "Hello, the street lamp at the entrance to the alley on {street} has been smashed, and "
        "it's now completely dark where people walk from the bus stop to the flats. I'm a woman "
        "living on my own and I don't feel safe. Please replace the lamp. Thank you.",
        "Good morning. I'm a carer and I push my client's wheelchair along {street} every day. "
        "The sidewalk is cracked and broken in about six places and there's one spot where it "
        "just ends in a step. We often have to go in the road with the cars. Please repair the "
        "footway.",
        "Hi, there's a puddle of oily water on the road by {num} {street} that hasn't drained "
        "for two weeks, and it seems to be coming from a broken drain cover. Mosquito larvae are "
        "in it now. It's near the primary school gate. Please can someone come and fix the "
        "drainage. Thank you.",
        "Hello, I want to report overflowing recycling containers at {place}. The paper bank and "
        "the plastic bank are both full and cardboard boxes are piled up all around them. It's a "
        "mess and the wind blows it across the car park. Please arrange an emptying. Thanks.",
        "Hi, the park benches in {place} have all been covered in graffiti and two of them have "
        "been burnt. There's nowhere nice to sit anymore. My elderly neighbours used to go there "
        "every day and now they don't. Could they please be repaired or replaced? Thank you.",
        "Hello, a tree on the pavement outside {num} {street} is dead, it has no leaves at all "
        "this summer and bits of bark and branches fall off every time it's windy. A branch "
        "landed on my car last week. Please send someone to check it and maybe take it down. "
        "Thank you.",
        "Dear Sir/Madam, since the construction site on {street} started the road has been "
        "covered in mud from the lorries. It's slippery, my car is filthy and the drains are "
        "getting blocked. The builders don't clean it. Please can someone make them clean the "
        "road or send a sweeper.",
        "Hi, the bin lorry damaged our wheelie bin this morning, it's split down the side and "
        "the wheel is hanging off. Now we can't move it. We're at {num} {street}. How do I get a "
        "replacement? We really need it before next week's collection. Many thanks.",
        "Hello, there's a dead tree leaning over the footpath in {place}, it's been like that "
        "since the big storm and it looks like it could fall at any time. I walk my "
        "grandchildren to school along that path every morning. Please get it checked and "
        "removed. Thank you.",
        "Hi, please could you send someone to look at the kerb stones outside the bus stop on "
        "{street}? They are loose and broken, and when people step off the bus they wobble. An "
        "older lady fell there on Tuesday. It's been like that for a while. Thanks.",
        "Good afternoon, our street {street} has an ongoing problem with surface water. After "
        "any rain at all there's a huge pond right at the crossing point, ankle deep. The "
        "children have to walk through it to school. The drain seems to be higher than the road. "
        "Please fix it.",
        "Hello, there's a shopping trolley, a broken bike and loads of rubbish in the stream at "
        "{place}. It's blocking the flow and the water is backing up. I walk along there every "
        "day. It looks awful and I'm worried about flooding. Please arrange for it to be "
        "cleared. Thanks.",
        "Hi, I'm writing about the state of the stairs from the car park down to {street}. "
        "They're covered in litter, broken glass and leaves, the lights are out and the handrail "
        "is broken. It's the only way to the shops for many of us. Please clean and repair them. "
        "Thank you.",
        "Hello, I've noticed that the streetlight on the corner of {street} and {place} stays on "
        "all day long. It's been like that for about {days} days. It's a small thing, but it's a "
        "waste of public money and maybe it means something is broken. Could someone check it? "
        "Many thanks.",
        "Dear council, we had a flood in our cellar at {num} {street} again after the storm. The "
        "water comes from the road because the drains can't take it. This is the third time this "
        "year. Our insurance won't pay anymore. Please do something about the drainage in this "
        "street. Yours sincerely.",
        "Hi, there's loads of broken glass on the pavement along {street} near the pub. It's "
        "been there since the weekend. I walk my dog there and he's already cut his paw. Kids go "
        "past on scooters too. Could the street cleaners please come and sweep it? Thanks.",
        "Hello, I wanted to report that the metal cover over the drain channel in front of {num} "
        "{street} has come loose and sticks up at one end. Bikes and prams catch on it. I've "
        "watched two people trip in the last week. Please come and secure it.",
        "Good evening, I'd like to know when the pavement on {street} will be repaired. It was "
        "dug up for cable work in the spring and only filled with temporary tarmac, which has "
        "now sunk and cracked. It's really uneven and dangerous. I'm 73 and I walk with a stick. "
        "Thank you.",
        "Hi, our communal recycling bin at {num} {street} has been missing since last week's "
        "collection. I think the truck took it by mistake. Now people just leave the recycling "
        "in bags on the pavement and it's blowing everywhere. Please bring a new bin. Thanks so "
        "much.",
        "Hello, the grass and weeds in the cemetery at {place} are completely overgrown. You "
        "can't even find some of the graves, including my mother's. It's so disrespectful. The "
        "paths are also full of potholes. Please can the grounds be maintained properly. Thank "
        "you.",
        "Hi, I walk to work past the recycling centre on {street} and there's always rubbish "
        "dumped outside the gate overnight, TVs, sofas, bags. Today there's a whole fridge in "
        "the road. Please clear it, and maybe have a look at better signs or a camera. Cheers.",
        "Hello, there's a huge pothole on the road outside {place} near the bus stop. Yesterday "
        "a bus hit it and a woman standing at the stop got completely soaked. It's been there "
        "for at least {days} days. Please come and fix it. Thank you.",
        "Dear Sir/Madam, the drinking fountain in {place} hasn't worked for two summers. People "
        "with kids, runners and dog walkers all used it. In the heat this week it's really "
        "missed. Could it please be repaired? Many thanks for your time.",
        "Hi, there's a dangerous hole in the footway where a bollard used to be on {street}, "
        "outside number {num}. It's deep and narrow, and a woman's heel got stuck in it "
        "yesterday. Could someone fill it or put the bollard back? Thanks.",
        "Hello, the leaves from the trees on {street} are clogging the gutters and the drains, "
        "and with the wet weather they have turned into a slippery brown mush on the pavement. "
        "People are falling. The street cleaning van hasn't been since September. Please send "
        "it. Thank you.",
        "Good morning, I'm the caretaker at the community centre on {street}. The heating has "
        "broken, the roof is leaking in the hall and the fire exit door doesn't close. The "
        "building belongs to the council. We've reported it several times. Groups of elderly "
        "people meet here every week. Please send maintenance.",
        "Hi, the pedestrian bridge over the stream at {place} is slippery with moss and some of "
        "the planks are rotten. Last week my son's foot went through one. Please could it be "
        "repaired, or closed until it's safe. Thanks very much.",
        "Hello, I'd like to request a litter bin at the corner of {street} and {place}. There's "
        "nothing between the school and the shop, so there's crisp packets, cans and bottles "
        "everywhere. The children would use one, I'm sure. Happy to help with anything. Thanks.",
        "Hi, I've been trying to get a missed bin collection sorted for {days} days. Our general "
        "waste bin at {num} {street} hasn't been emptied, the lid won't close, and it's full of "
        "flies. I've called twice and reported online once. Please, can someone just come and "
        "empty it.",
        "Hello, after the snow the council cleared the main roads but our side street, {street}, "
        "hasn't been touched. The pavements are a sheet of ice and the slope down to the shop is "
        "lethal. We have lots of elderly residents. Please send a gritter. Thank you.",
        "Dear team, there's a broken storm drain grate on {street} outside the primary school. "
        "One bar is missing and a child's foot could easily get trapped. The parents have been "
        "asking for it to be fixed for weeks. Please do it before someone gets hurt. Kind "
        "regards.",
        "Hi, just reporting that several street lamps along {street} between numbers 10 and "
        "{num} are out. The whole stretch is dark. I'm a nurse on night shifts and I walk home "
        "at {time}. It really isn't safe. Please fix them. Thank you very much.",
        "Hello, there are weeds about a metre tall along the kerbs and in the gutters all along "
        "{street}. They're blocking the pavement in places, and some have grown into the drains. "
        "It makes the whole area look abandoned. Please send a team to clear them. Thanks.",
        "Hi, the playground on {street} has a big puddle under the swings that never drains, "
        "it's mud all year round, and the rubber surface is torn and curling up. Kids are "
        "tripping on it. I have three little ones who go there every day. Please repair the "
        "surface. Thanks a lot.",
        "Good evening, the tarmac on the pavement outside the bus shelter on {street} has "
        "completely broken up. There are holes and loose stones and the puddles are huge. People "
        "waiting for the bus have to stand in the road. Please resurface the footway. Thank you.",
        "Hello, some kind of sinkhole has opened in the grass at {place} near the path, about a "
        "metre wide. I've seen kids jumping around it. I put some branches round it but it "
        "really needs a fence and someone to look at it urgently. Thank you.",
        "Dear Sir/Madam, the street cleaning on {street} has been very poor since the contract "
        "changed. There's chewing gum, cigarette butts and dog mess everywhere, the bins are "
        "never emptied on time, and the place looks neglected. I've lived here 40 years and it's "
        "never been this bad. Please do something.",
        "Hi, the catch basin at the corner of {street} and {place} has been clogged since the "
        "last big storm. Every time it rains the intersection turns into a pond and people "
        "waiting at the bus stop get splashed by every car. I've called 311 twice and got a "
        "ticket number both times. Could you please send a crew to clean it out? Thanks.",
        "Hello, I'd like to schedule a bulk item pickup. We're moving out of {num} {street} at "
        "the end of the month and have an old couch, a box spring and a broken dresser. The "
        "online form keeps timing out. Can someone tell me the next available date? Appreciate "
        "it.",
        "Hey, there's a big pothole in the right lane of {street} right before the light at "
        "{place}. It's been there at least {days} days and it's getting deeper. I blew a tire on "
        "it Friday night and had to wait two hours for a tow. Please get it patched before "
        "somebody else wrecks their car.",
        "Good morning, the curb ramp at {street} and {place} is crumbling and there's a big lip "
        "at the bottom where it meets the road. My son uses a power wheelchair and he got stuck "
        "there yesterday. We've had to go around two blocks ever since. Could you please repair "
        "the ramp? Thank you.",
        "Hi, our trash cart was crushed by the garbage truck on Monday and now the lid is split "
        "and it won't roll. We live at {num} {street}. I've been putting the trash in bags next "
        "to it but the raccoons get in. How do I get a new cart delivered? Thanks.",
        "Hello, the sidewalk in front of the elementary school on {street} is heaved up by tree "
        "roots in three spots, almost four inches in one place. Kids on scooters wipe out there "
        "all the time and a parent tripped last week. The school told me to contact the city. "
        "Please fix the sidewalk. Thank you.",
        "Hi there, the street light on the pole outside {num} {street} has been cycling on and "
        "off every few seconds for two weeks. It's really distracting and the block is half "
        "dark. I've reported it on the app and it says 'in progress'. Can someone please come "
        "out and fix it? Thanks.",
        "Hello, there's a water main break on {street} near {place}, water is gushing out of the "
        "asphalt and running down the hill into the storm drains. It started around {time} this "
        "morning and there's no crew yet. My basement already has water in it. Please send "
        "someone right away.",
        "Good afternoon, someone dumped a pile of drywall, carpet and paint cans in the alley "
        "behind {street}. It's been sitting there since last weekend and the alley is now half "
        "blocked. The garbage truck couldn't get through this week. Please send illegal dumping "
        "to clean it up. Thank you.",
        "Hi, the compost wasn't picked up on our street this week. The green cart at {num} "
        "{street} is full and it's hot out, so it's starting to smell and there are flies "
        "everywhere. Neighbors on the next block got their pickup. Can you please send a truck? "
        "Thanks so much.",
        "Hello, the park restrooms at {place} have been closed 'for maintenance' since April, "
        "with no sign of any work going on. There's a kids' baseball league that plays there "
        "every weekend and families have nowhere to go. Please reopen them. Thank you for your "
        "help.",
    ],
    "transit": [
        "Hello, I am writing to complain about the {time} train from {stop}, which has now been "
        "cancelled four times in the last two weeks. I have a season ticket and I depend on this "
        "service to get to work. Last Thursday I was late for an important meeting and my "
        "manager was not happy. I have reported this before and only got a standard reply. "
        "Please tell me what you are doing about it, and how I claim compensation.",
        "Good morning. I'm 78 and I take the number {line} bus into town twice a week. On "
        "Tuesday the driver pulled away before I had sat down and I fell against the pole and "
        "bruised my arm badly. He didn't even stop to ask if I was alright. I've used this bus "
        "for years and never had this before. Please speak to your drivers. Thank you.",
        "Hi, my kids take the {line} to school from {stop} every morning and for the last month "
        "it has either been full and driven straight past, or not turned up at all. They've been "
        "marked late four times. I have written to you before and nothing changed. Please add "
        "another bus in the morning, it's obviously needed. Thanks.",
        "Dear Sir/Madam, I travelled on train {train} yesterday and it was delayed by over an "
        "hour between stations with no announcements at all. The air conditioning wasn't "
        "working, the toilets were out of order and people with small children were really "
        "struggling. When we finally arrived I had missed my connection at {stop}. I would like "
        "a full refund and an explanation.",
        "Respected Sir, I am travelling in coach B3 of train no {train} with my elderly parents. "
        "The AC is not working since {stop} and it is extremely hot, my mother is feeling "
        "unwell. We informed the coach attendant two hours back but nobody has come. Kindly "
        "arrange for the AC to be repaired at the next station. Please do the needful urgently.",
        "Hello, the lift at {stop} station has been out of order for three weeks now. I use a "
        "wheelchair and have to go two stops further, then take a taxi back, every single day. I "
        "called the helpline and they said they are 'waiting for a part'. This is not "
        "acceptable. Please fix the lift or at least put on an accessible shuttle.",
        "Hi there, I'm a shift worker and rely on the last tram on line {line}. For the last "
        "{days} days it's been cancelled without warning and the screen at the stop just shows "
        "the time counting down and then disappearing. I've had to walk home 40 minutes in the "
        "dark twice. Please fix the service or at least tell people.",
        "Good evening, I left my rucksack with my laptop on the {line} bus this afternoon around "
        "{time}. I got off at {stop}. It's black with a grey zip and has my work badge inside. I "
        "called the depot but nobody answered. Could somebody please check lost property and let "
        "me know? I'm desperate. Thank you.",
        "Dear customer service, I booked two seat reservations weeks in advance for my elderly "
        "father and myself on train {train}. When we got on, there were no reservations on the "
        "seats and the train was packed. My father, who is 84, stood for an hour and a half. The "
        "guard just shrugged. I expect a refund of the reservation fee and an apology.",
        "Hi, I want to complain about the state of the shelter at {stop}. Two of the glass "
        "panels were smashed over a week ago and nobody's cleared the glass. The timetable "
        "display is broken and the bench is gone. My kids wait there every morning in the rain. "
        "Please repair the shelter. Thanks.",
        "Hello, I've been trying to get a refund for {days} days for a cancelled train. I filled "
        "in the online form, uploaded my tickets, and I've been told three times that my claim "
        "is 'being processed'. The amount is not small, it was a return fare for a family of "
        "four. Please can someone actually look at it. Thank you.",
        "Sir, the toilet in coach S5 of train {train} is in a very bad condition, no water, very "
        "dirty and smelling badly. There are many ladies and children in the coach. We have "
        "complained to the TTE but no action. Kindly arrange for cleaning at the next station. "
        "Thanking you.",
        "Hi, why does the {line} bus never keep to the timetable anymore? Three buses come "
        "together and then nothing for 40 minutes. I stood at {stop} this morning for 35 minutes "
        "in the cold with my toddler. I've complained before. Please sort out the timetable, or "
        "tell us the real times.",
        "Dear Sir or Madam, I want to report the behaviour of a ticket inspector on the metro "
        "yesterday at around {time}. My daughter, who is 15, had a valid student pass on her "
        "phone but the battery died while she was showing it. He shouted at her in front of "
        "everyone and issued a fine. She was in tears when she got home. Please cancel the fine "
        "and speak to the staff member.",
        "Hello, I'm writing on behalf of a group of parents whose children take the school bus "
        "on route {line}. The bus is so crowded the children are standing in the aisle and some "
        "have been left at the stop. Two of them were left waiting in the dark last week. Please "
        "add a second bus. We really need an answer.",
        "Hi, the escalator at {stop} metro has been broken for weeks, and the lift is broken "
        "too. I'm pregnant and have a toddler, and carrying the buggy up 80 steps every day is "
        "really hard. Other people have helped me but I shouldn't have to rely on that. Please "
        "get at least one of them fixed.",
        "Good morning. I've taken the {time} from {stop} to work for five years. Since the "
        "timetable change it's been reduced to two coaches and it's standing room only from the "
        "first stop. People faint in the summer. I've written before. Please put back the longer "
        "train at rush hour. Thank you.",
        "Hello, on Saturday I was on the {line} tram and the heating was on full, it must have "
        "been 30 degrees inside, and none of the windows open. An older lady near me nearly "
        "fainted. I pressed the help button but nothing happened. Please check the heating on "
        "your trams. Many thanks.",
        "Dear team, the rail replacement buses from {stop} on Sunday were a shambles. No staff, "
        "no signs, people wandering around the car park for 40 minutes. When a bus finally came, "
        "only half of us got on. My grandmother was travelling alone and got very confused. "
        "Please organise this better next time.",
        "Hi, the bus driver on the {line} at about {time} refused to lower the ramp for my "
        "wheelchair, he said he was running late. I had to wait for the next bus in the rain. "
        "This is the second time this month. Please remind your drivers that the ramp is not "
        "optional. Thank you.",
        "Good afternoon, I lost my wallet on train {train} this morning, I think in coach 4 or "
        "5. It's brown leather with my ID and bank cards. I got off at {stop} at about {time}. "
        "Could lost property please check? I've already cancelled the cards, but I'd love the "
        "wallet back. Thank you.",
        "Respected authority, I booked a tatkal ticket on your app for train {train} but the "
        "payment was deducted from my account and the ticket was not generated. Now it is {days} "
        "days and the money has not come back. I have written to customer care two times. Please "
        "refund my amount at the earliest.",
        "Hello, the departure board at {stop} has been showing the wrong information for a week. "
        "Yesterday it said the train was on time and then it just vanished off the board, no "
        "announcement. Half of us missed it because it came into a different platform. Please "
        "fix the displays and make announcements.",
        "Hi, I'm a nurse and take the night bus {line} home after my shift. For the past two "
        "weeks the {time} bus hasn't turned up at all at least three times. I end up walking "
        "home alone at 2am. I've reported it online. Please find out what is going on and make "
        "sure the bus runs.",
        "Dear Sir/Madam, I am extremely disappointed. I paid for a first class ticket on train "
        "{train} and the first class coach was locked, so I had to sit in standard with my "
        "luggage in the corridor. The guard said there was a fault but could not tell me how to "
        "get a refund. I would like the difference refunded please.",
        "Hello, the ticket machine at {stop} station has been out of order for a week. The "
        "ticket office is closed in the evening, so I had to get on without a ticket, and then "
        "the conductor charged me a penalty fare. I tried to explain. This isn't fair. Please "
        "fix the machine and refund the penalty.",
        "Hi, I wanted to complain about how dirty the carriages on the {line} metro line have "
        "become. Sticky floors, rubbish under the seats, a smell of urine near the doors. I ride "
        "it every day with my children and I don't let them touch anything. Please clean the "
        "trains more often. Thanks.",
        "Good morning, I take the {line} bus to the hospital three times a week for treatment. "
        "Since {days} days the stop at {stop} has been closed and moved around the corner "
        "without any sign, and the driver doesn't announce it. Last time I missed my "
        "appointment. Please put up notices at the old stop.",
        "Hello, I'm writing about the driver of the {line} at {time} this morning. He was on his "
        "phone while driving, texting, and went through a red light. There were children on "
        "board. I have the time and the bus number. This is really dangerous. Please investigate "
        "and take action. Thank you.",
        "Sir, the pantry staff on train {train} is charging extra money for the food and water "
        "bottles, more than the printed price. When I asked for the bill he refused and was "
        "rude. This is happening to many passengers in coach B2. Kindly take strict action. "
        "Thank you.",
        "Hi, the contactless reader on the bus keeps failing, I've been charged twice for the "
        "same journey three times this month. I only noticed when I checked my bank account. I'm "
        "a student and every euro counts. Could you please check my card history and refund the "
        "duplicate fares? Thank you.",
        "Dear customer service, my husband and I were travelling on train {train} to visit our "
        "daughter. The train was terminated early at {stop} with no explanation and we were told "
        "to 'find our own way'. We are both in our seventies. We had to pay 60 for a taxi. "
        "Please reimburse the taxi and the ticket.",
        "Hello, I use the tram stop {stop} every morning. The platform is crowded and there's a "
        "gap between the tram and the platform edge that's huge. My son's foot slipped in it "
        "last week. Is anything going to be done about it? Thank you.",
        "Hi, really frustrated. The operator's app crashed three times while I was trying to buy "
        "a day ticket this morning. In the end I missed my train, and the next one was 45 "
        "minutes later. The app also shows the wrong platform half the time. Please fix your "
        "app, people depend on it. Thanks.",
        "Good evening. My daughter is 12 and was told to get off the {line} bus by the driver "
        "because her pass had expired yesterday. It was dark and raining and she was 3 km from "
        "home. She was very scared. I understand rules but this isn't how you treat a child. "
        "Please look into it.",
        "Hello, I want to ask about the service on line {line}. Since the summer timetable "
        "change, the buses only run every 30 minutes in the evening instead of every 15. Many of "
        "us work late and now we wait in the cold. Please bring back the old frequency. Best "
        "regards.",
        "Dear Sir, on train {train} yesterday the coach was extremely overcrowded with "
        "unreserved passengers sitting in the reserved berths. My wife and I had confirmed "
        "tickets but could not sit on our seats for four hours. The TTE did not come at all. "
        "Please look into the matter.",
        "Hi, I'm visually impaired and I rely on audio announcements. On the {line} tram the "
        "stop announcements haven't worked for a week, and I've missed my stop three times. I "
        "had to ask strangers. Please fix the announcements. Thank you very much.",
        "Good morning, our local station {stop} has been unstaffed for months now. The waiting "
        "room is locked, the toilets are closed, and there's no help for anyone who needs "
        "assistance. My mum uses a walker and can't manage the stairs alone. Please reopen the "
        "facilities and provide assistance.",
        "Hello, I was on the {line} bus on Friday evening and it broke down halfway. The driver "
        "told everyone to get off and wait for the next bus. We waited 50 minutes, with no "
        "information, and then the next one was full. I had to walk home with my shopping. "
        "Please improve your communication when this happens.",
        "Hi, I've been waiting for my replacement travel card for {days} days. My old one "
        "stopped working and I sent it back as you asked. In the meantime I'm paying single "
        "fares every day, which is costing me a fortune. Please send the new card or refund the "
        "extra fares. Thanks.",
        "Dear operator, I would like to complain about the trains between {stop} and the city. "
        "Every day this week there's been a 'signalling problem' and the trains are 20 to 30 "
        "minutes late. I've been late for work every day. This is not a one-off, it's every "
        "week. What's happening and when will it be fixed?",
        "Hello, I have a monthly pass and the gate at {stop} refused my card three times this "
        "morning. The staff said 'just tap again' and I ended up missing two metros. Now I'm "
        "late for work again. Please check whether my pass is valid and fix the gates. Thank "
        "you.",
        "Hi, the bus stop at {stop} has no timetable any more, someone ripped it off weeks ago, "
        "and the digital display has been blank since the summer. I'm 70 and I don't have a "
        "smartphone. How am I supposed to know when the bus comes? Please replace the timetable. "
        "Thanks.",
        "Respected Sir/Madam, the water is not available in the washrooms of coach A1 of train "
        "{train} since the journey started. We are travelling with a small baby. We have "
        "complained twice to the coach attendant. Kindly arrange for water filling at the next "
        "station. Thanking you.",
        "Good afternoon, I wanted to raise the issue of the overcrowding on the {line} tram "
        "during the school rush. Children are crushed against the doors, there's no room for "
        "prams, and the tram often leaves people behind at {stop}. Please run extra trams in the "
        "morning. Kind regards.",
        "Hi, I'd like to make a complaint about a driver on the {line} bus around {time}. I "
        "asked him politely whether the bus goes to {stop} and he ignored me and then shouted at "
        "me to get off if I didn't know. I'm new to the city and my English isn't perfect. I "
        "felt humiliated. Please address this.",
        "Hello, I'm writing again about the {time} from {stop}. It left early, two minutes "
        "before the scheduled time, so I and several others ran down the platform as it pulled "
        "away. This is the third time. The next one wasn't for an hour. Please keep to the "
        "timetable, early is as bad as late.",
        "Dear team, I bought an advance ticket on your website for the wrong date by mistake and "
        "tried to change it the same day. The website said it wasn't possible and the phone line "
        "was closed. It's a lot of money for me. Could you please help me change the booking or "
        "give me a credit? Thank you.",
        "Hi, the heating on the trains on our line has been broken all winter. This morning on "
        "the {time} everyone was sitting in coats and gloves, and the windows were icy on the "
        "inside. It's an hour-long journey. Please fix the heating. Thanks.",
        "Hello, I use a mobility scooter and I booked assistance for my journey from {stop} on "
        "train {train}. Nobody met me at the station and I couldn't get on the train, so I "
        "missed it. This is the second time. Please explain what happened and make sure it "
        "doesn't happen again.",
        "Good evening, the bus shelter at {stop} has been taken away for 'repairs' about a month "
        "ago and nothing has been put back. There's no seat and no roof. Many elderly people "
        "wait there, and with the rain it's horrible. Please put the shelter back. Many thanks.",
        "Hi, I'm a student and I wanted to ask why the student discount on monthly tickets was "
        "removed this year. My fare has gone up by 40 percent and I can't afford it. I travel "
        "every day to college on line {line}. Please reconsider the fares for students. Thank "
        "you.",
        "Dear Sir/Madam, on Monday evening train {train} was held outside {stop} for almost two "
        "hours because of a broken down train ahead. We were given no water and the lights and "
        "air conditioning went off. There was a pregnant woman and a man who felt faint. Please "
        "explain why we were not evacuated earlier.",
        "Hi there, could you please clean the tram stop at {stop}? The shelter and the platform "
        "are covered in chewing gum, there's rubbish on the tracks and the glass is covered in "
        "stickers. I wait there every day with my son. Thanks.",
        "Hello, I'm writing to complain about the closure of the ticket office at {stop} "
        "station. Many older people like me don't use apps or machines. Last week I stood there "
        "for ages trying to buy a ticket for my grandson. Please keep at least one counter open. "
        "Thank you.",
        "Sir, my train {train} was cancelled today and I was not informed by SMS. I reached the "
        "station from far away with family. Now I need to cancel my ticket and get a full "
        "refund, but the counter staff says it is not possible. Kindly help me get my refund. "
        "Regards.",
        "Good morning, the metro on line {line} keeps stopping in the tunnel for several minutes "
        "between {stop} and the next station. No announcements, the lights flicker, and people "
        "get anxious. This happens nearly every day. Please explain the problem and fix it.",
        "Hi, I'm a wheelchair user. The low-floor buses on route {line} have been replaced by "
        "old buses with steps for the past two weeks. I can't get on at all. I've been stuck at "
        "home or paying for taxis. Please put the accessible buses back on the route. Thank you.",
        "Hello, my luggage was stolen from the rack of train {train} while I was in the toilet. "
        "There was no staff anywhere on the train and the CCTV in the coach doesn't seem to "
        "work. I've reported it to the police. I also want to complain about the lack of "
        "security on board. Thank you.",
        "Dear operator, I travelled with my bike on the {time} from {stop} and the guard refused "
        "to let me on even though there was space in the bike area. I showed him my bike "
        "reservation. I was stuck at the station for an hour. Please explain your bike policy to "
        "your staff. Regards.",
        "Hi, the bus timetable for line {line} changed on Monday and nobody told us. The buses "
        "now leave {stop} 10 minutes earlier. Many people missed their buses, including me, I "
        "was late for my shift. Please put notices at the stops before changes. Thanks.",
        "Hello, I'm visiting the city with my elderly mother, and we tried to use the lift at "
        "{stop} metro station. It was out of order and there were no signs to the nearest "
        "step-free station. We ended up taking an expensive taxi. Please improve the information "
        "for disabled travellers.",
        "Good afternoon, the {line} bus driver today refused to take cash, said 'card only', but "
        "there are no signs about it and I don't have a card. I'm 80 and have always paid cash. "
        "I had to walk home. Please tell me if this is the new rule. Thank you.",
        "Hi, my commuter train was delayed by 45 minutes this morning and then the delay repay "
        "website said I wasn't eligible because the delay was 'under 30 minutes' on their "
        "records. I have a screenshot of the departure board. Please correct this and pay my "
        "claim. Thanks.",
        "Hello, I'm writing to praise nothing, sadly. The toilets at {stop} station have been "
        "closed for over a month 'due to vandalism'. There's a two hour journey after that. "
        "Please reopen them or put portable toilets in. Families with children really need them.",
        "Dear Sir/Madam, I was travelling on train {train} with my 4-year-old daughter and the "
        "train was so crowded we had to stand in the vestibule next to the toilets for the whole "
        "90 minutes. I paid full price for both tickets. Please run more coaches on this route. "
        "Kind regards.",
        "Hi, the digital display at the tram stop {stop} says 'next tram in 2 minutes' for about "
        "20 minutes, then changes to 'no service'. It's been like this all week. People don't "
        "know whether to wait or walk. Please fix the display or announce the disruption.",
        "Good morning, I bought a weekly ticket on the app and was charged, but the ticket never "
        "appeared. I showed the bank confirmation to the inspector and he still fined me. I've "
        "emailed customer service twice. Please refund the ticket and cancel the fine. Thank "
        "you.",
        "Hello, bus {line} at {time} from {stop}: the driver stopped for about 10 minutes to "
        "have a smoke outside the bus while everyone waited. Then we were late for the "
        "connection. I don't mind drivers having a break, but not in the middle of a route. "
        "Please look into it.",
        "Hi, I want to report that there are no ramps at {stop} station. To get to platform 2 "
        "you have to climb a long staircase. I have a young baby in a pram and I am alone. Every "
        "day I have to ask strangers to help. Please consider installing a lift or a ramp. "
        "Thanks.",
        "Respected Sir, my wife left her handbag on berth 34 in coach S2 of train {train}. It "
        "contains important documents and her phone. We noticed only after getting off at "
        "{stop}. Kindly help us to recover the bag from the lost property. We will be very "
        "grateful.",
        "Dear team, the air conditioning on the {line} bus was broken again today, it was "
        "boiling hot and the windows don't open. An elderly man had to get off because he felt "
        "faint. This has been going on all summer. Please fix the air conditioning on your "
        "buses.",
        "Hi, I've been using line {line} for years and the last two months the drivers are "
        "constantly late at the start of the route, so the whole timetable falls apart. "
        "Yesterday I waited for 45 minutes at {stop}. Please take a look at this route. I've "
        "complained before.",
        "Good evening, my train was cancelled and I was told to get the rail replacement bus. "
        "The bus driver didn't know the route, got lost twice, and we arrived 2 hours late. My "
        "daughter was waiting for me at the station in the dark. Please explain and refund the "
        "journey.",
        "Hello, the overnight train {train} I took last week had a broken compartment door that "
        "wouldn't lock, and the bedding was dirty. I paid for a private sleeper. I couldn't "
        "sleep and didn't feel safe. I would like a partial refund. Thank you for your time.",
        "Hi, the seats on the {line} tram are ripped, dirty and some are wet. My daughter's "
        "dress got stained yesterday. There's also chewing gum stuck everywhere. Please clean "
        "and repair the trams on this line, it's disgusting. Thanks.",
        "Dear Sir/Madam, I have been charged a penalty fare on the train because my railcard was "
        "in my other wallet. I have a valid railcard and can send a photo of it. The inspector "
        "said I could appeal online, but the website doesn't work. Please cancel the penalty. "
        "Regards.",
        "Hello, the stop at {stop} for the {line} bus is right by a busy road with no shelter, "
        "no seat and no lighting. At night it's completely dark and the drivers don't see us. "
        "Twice the bus went past. Please install a shelter and lighting at the stop. Thank you.",
        "Hi, I wanted to complain about the announcements at {stop} station. They're so loud and "
        "unclear that you can't understand which platform the train is going from. Yesterday I "
        "missed my train and waited an hour. Please improve the announcements and the departure "
        "screens.",
        "Good morning, the metro has been running with only half the trains on line {line} for "
        "weeks now, 'due to staff shortage'. The platforms are packed and dangerous at rush "
        "hour. I've seen people pushed near the edge. Please fix the service. Kind regards.",
        "Hello, I'm a tourist and I bought a 3-day pass from the machine at {stop}. It worked "
        "for one day and now the gates won't accept it. The staff sent me to another office that "
        "was closed. I'd like my money back or a working pass. Thank you.",
        "Respected Sir, kindly note that the charging points in coach B1 of train {train} are "
        "not working. Many passengers need to charge their phones for their e-tickets. We also "
        "observed cockroaches near the berths. Kindly take necessary action. Thanks.",
        "Hi, I travel every day with my guide dog on the {line} bus. Today the driver told me "
        "dogs were not allowed and drove off. I had to wait 30 minutes for the next bus. I have "
        "every right to bring my guide dog. Please take this complaint seriously.",
        "Dear operator, I've been waiting for a refund for a season ticket I cancelled when I "
        "lost my job. It's been {days} days. I have sent the form, the ticket and my bank "
        "details. Every time I call I'm told to wait another two weeks. I need this money. "
        "Please help.",
        "Hello, I wanted to report that the trams on line {line} are skipping the stop at {stop} "
        "in the evenings. The display says they will stop, and then they just drive past. I've "
        "waited for three trams like this. Please tell your drivers to stop there. Thanks.",
        "Hi, my commute is a nightmare since the new timetable. My bus arrives at {stop} at 7:52 "
        "and the train leaves at 7:50. Every single day I watch it leave. Could the connection "
        "please be adjusted by a few minutes? It affects lots of people. Thank you.",
        "Good evening, I was on train {train} tonight and there was a large group of drunk "
        "football fans who were shouting and throwing things. There was no staff on the train at "
        "all and no way to call for help. My kids were terrified. Please put staff on late "
        "trains on match days.",
        "Hello, the subway station at {stop} is filthy, there's garbage on the stairs, the "
        "elevator smells of urine and the platform is flooded when it rains. I take my kids "
        "through there every day. Please send someone to clean the station and fix the leak. "
        "Thanks.",
        "Hi, I've been a regular rider on the {line} bus for ten years. Lately the bus skips our "
        "stop at {stop} if no one rings, but the bell doesn't work half the time, and the driver "
        "ignores people waving. I've missed my appointment twice. Please look into the bus and "
        "the drivers.",
        "Dear Sir/Madam, I am writing about the catering on train {train}. The trolley service "
        "never came through our coach on a five-hour journey, and the café car was 'closed due "
        "to staff shortage'. Elderly passengers had no water at all. Please make sure there is "
        "at least water available.",
        "Hello, I'm writing because the departure screens at {stop} showed my train as "
        "cancelled, so I took the bus, only to find out later the train did run. The bus cost me "
        "extra and I was late. I'd like a refund of the bus fare. Thanks.",
        "Hi, the automatic doors on the {line} tram keep closing on people. This morning a "
        "child's backpack got caught and the tram started moving. Luckily the mother pulled it "
        "free. This is really dangerous. Please check the door sensors on your trams.",
        "Dear customer relations, my daughter who is a wheelchair user was left on the train at "
        "{stop} because the staff member with the ramp never came. She had to travel on to the "
        "next station and wait 40 minutes to come back. She was very upset. I want to know why "
        "this happened.",
        "Hello, since the new bus route started, the {line} no longer goes past the hospital. "
        "Many patients and elderly people now have to change buses or walk 15 minutes. Please "
        "reconsider the route or add a stop near the hospital. Thank you.",
        "Hi, the {time} train from {stop} has been replaced by a bus every weekend for two "
        "months for 'engineering works'. The bus takes twice as long and there's no space for "
        "luggage. When will the trains come back? I've asked before and got no answer.",
        "Good morning, the platform at {stop} is covered in ice and nobody has salted it. I "
        "slipped this morning getting on the train and hurt my wrist. I saw another passenger "
        "fall too. Please make sure the platforms are gritted in winter. Thank you.",
        "Hello, I'd like to complain about the fare increase on the buses. A single fare on line "
        "{line} now costs almost double what it did two years ago, and the service is worse. I'm "
        "a pensioner on a fixed income. Please explain the price increase.",
        "Hey, I've got a monthly pass and the app keeps logging me out and then asking me to buy "
        "a new ticket. Twice I've had to show an inspector a screenshot. Please fix the app, "
        "it's really stressful every morning on the train. Thanks.",
        "Hi, I ride the {line} every weekday and the last three mornings the bus just didn't "
        "show up at {stop}. The tracker in the app said 'arriving' and then it vanished. I ended "
        "up calling a rideshare to get to work, which I really can't afford. Can you tell me "
        "what's going on with this route? Thanks.",
        "Hello, I wanted to let you know the elevator at the {stop} subway station has been out "
        "for over two weeks now. I use a walker and I've had to ride two stops past and come "
        "back on the other side just to find a working one. Please get it fixed, a lot of us "
        "depend on it.",
        "Sir/Madam, I had booked my ticket in 2A for train {train} but at the time of boarding "
        "my berth was allotted to another passenger who also had a ticket for the same berth. "
        "The TTE could not solve the problem and my wife and I sat on the side berth the whole "
        "night. Kindly look into this and refund the fare difference.",
        "Good morning, the train I take from {stop} has had no working toilets on at least four "
        "journeys this month. It's a long route and I have a medical condition. I've written to "
        "your team before and got a generic apology. Please make sure there is at least one "
        "working toilet on each train.",
        "Hello, I'm a mother of three and I take the {line} bus to the school run every morning. "
        "For the last week the bus has been so packed that the driver won't let me on with the "
        "pram. We've been late every day. Could you put on a bigger bus or run them more often "
        "at that time? Thank you.",
        "Hi, my bag was left on the tram on line {line} around {time} yesterday when I got off "
        "at {stop}. It's a small blue backpack with textbooks and a pencil case, my son's name "
        "is written inside. Has anyone handed it in? We would really appreciate your help.",
        "Dear Sir, the platform display at {stop} station has not shown the correct coach "
        "position for train {train} for many days. Passengers run up and down the platform with "
        "luggage at the last minute. Yesterday an old man fell. Kindly correct the coach "
        "position display and make announcements.",
    ],
    "communication": [
        "Hello, I am writing about the noise from the flat above mine at {num} {street}. Almost "
        "every night since {days} days they play loud music and stomp around until 3 or 4 in the "
        "morning. I have knocked on their door, left a note and spoken to the landlord, and "
        "nothing has changed. I work early and my children can't sleep. Please can someone help. "
        "Thank you.",
        "Good morning, I'm 82 and I live alone on {street}. For the past two weeks a group of "
        "young men has been hanging around the entrance to our building every evening, drinking "
        "and smoking something that smells strong, and I think they are dealing drugs. I'm "
        "frightened to go out after dark. I have reported this before to the police, who told me "
        "to contact you as well. Please do something.",
        "Hi, there has been a homeless encampment growing under the bridge next to {place} for a "
        "couple of months. There are now about eight tents and people cooking on open fires. My "
        "kids walk past it on the way to school. I'm not angry with the people there, they "
        "clearly need help, but nobody seems to be doing anything. Please send someone.",
        "Dear Sir/Madam, we have a serious rat problem in our street. I've seen them running "
        "along the fence between {num} and the alley behind {street} every evening, and "
        "yesterday one was in our kitchen. The neighbours have noticed too. I've put down traps "
        "but it's getting worse. Could pest control please come and look at the whole area?",
        "Hello, the bar at the corner of {street} plays music on its terrace until 2am every "
        "Friday and Saturday, and the customers stand in the street shouting and smoking. I live "
        "right above it at {num}. I've called the bar, I've called the police, and it still "
        "happens every weekend. I'm exhausted. Please enforce the noise rules.",
        "Hi, there's a dog that has been left in the back garden of {num} {street} for days, "
        "barking and crying. I haven't seen the owners for a week. The dog looks thin and "
        "there's no water bowl that I can see. I'm really worried about it. Please send someone "
        "from animal welfare to check. Thank you.",
        "Good afternoon, I wanted to say a big thank you to the crew who fixed the pothole "
        "outside our house on {street} this week. We had reported it in the app and they came "
        "within two days. My husband cycles to work and he was so relieved. Please pass on our "
        "thanks, it really made a difference.",
        "Hello, I'd like to ask how I can renew my passport. I went to the town hall on {street} "
        "last week and the office was closed, and the website says to book online but there are "
        "no appointments for the next two months. I'm travelling in six weeks to see my mum. "
        "Please tell me what I can do. Thank you.",
        "Dear council, there's a construction site next to our house at {num} {street} where "
        "they start drilling and hammering at 6:30 every morning, including Saturdays, and the "
        "radio is on full volume all day. My baby is three months old and can't sleep. I've "
        "spoken to the foreman, who laughed. Are there rules on building noise? Please help.",
        "Hi, there's a dead fox lying in the park at {place} near the path, next to the bins. "
        "It's been there since {days} days and it's starting to smell. Kids and dogs keep going "
        "near it. Could someone come and remove it? Thanks very much.",
        "Hello, I am a tenant at {num} {street}. We have had no heating and no hot water for "
        "eleven days now. I've reported it to my landlord every day, by phone and by e-mail, and "
        "he keeps saying the plumber is coming. I have two small children and it is freezing. "
        "Who can I contact to make him fix it? Please help.",
        "Good morning. The house next to ours at {num} {street} has been empty for three years. "
        "The garden is now a jungle, the windows are broken, and the back door is open. I've "
        "seen people going in at night and there are rats coming from the garden. It belongs to "
        "someone, but who? Please can the council do something about the derelict property.",
        "Hi there, I have an issue with my neighbour's dog. It's a big dog that is let out loose "
        "on {street} every morning without a lead and it runs at children and cyclists. Last "
        "week it bit a boy's coat on his way to school. The owner just laughs. Please send the "
        "dog warden. Thank you.",
        "Dear Sir or Madam, I bought a takeaway from the restaurant at {num} {street} on "
        "Saturday and my whole family was ill for two days afterwards. My son was in the "
        "hospital. When I went back to complain I saw the kitchen was filthy and there was a "
        "mouse near the counter. Please inspect this restaurant.",
        "Hello, there's been a wasps' nest in the wall of our house at {num} {street} all "
        "summer, and now the wasps are coming into the kitchen and the kids' bedroom. My "
        "daughter is allergic and was stung last week. Is there someone from the council who can "
        "remove it? We rent, and the landlord isn't answering. Thank you.",
        "Hi, I'd like to complain about the leaf blowers used by the gardening company in the "
        "private estate on {street}. They start at 7am, sometimes on Sundays, and go on for two "
        "or three hours. I work from home and I can't hear my calls. Is there any limit on these "
        "machines? Thanks.",
        "Good evening, I just wanted to thank the bus driver on the {line} this afternoon. My "
        "elderly father got confused and got off at the wrong stop, and the driver waited, got "
        "off the bus, walked him back and made sure he got on the right bus. That kindness meant "
        "a lot to our family. Please pass this on.",
        "Hello, I'm writing about the pigeons on the roof of the empty building at {num} "
        "{street}. There are hundreds of them now and their droppings cover our balcony, our car "
        "and the pavement outside the bakery. My son has asthma. Could someone speak to the "
        "owner of the building or advise what can be done?",
        "Dear team, there's a house at {num} {street} where the owner has been building a big "
        "extension at the back without any permit, I asked and there was no planning notice. It "
        "now blocks the light into our kitchen and garden completely. We weren't consulted. "
        "Please can someone from building control check it.",
        "Hi, I walk my dog in {place} every evening and lately there are people dealing drugs "
        "near the playground, quite openly. I've seen needles near the bench too. Parents are "
        "scared to bring their kids. The police patrol once in a while, but they're gone in five "
        "minutes. Please help make the park safe again.",
        "Good morning, I'm writing to ask about the local elections next month. I've moved to "
        "{street} in the spring and I haven't received my polling card. Am I registered at my "
        "new address? Where is my polling station? I really want to vote. Thank you for your "
        "help.",
        "Hello, our neighbours at {num} {street} have a swimming pool in their garden that they "
        "abandoned last year, and it's now a pond of green water full of mosquitoes. We can't "
        "sit in our garden in the evenings, the kids are covered in bites. They don't respond to "
        "our notes. Who can we contact?",
        "Hi, just wanted to say well done and thank you to the team who cleared the snow on our "
        "street, {street}, so quickly this week. We have a lot of elderly neighbours and it "
        "meant they could get to the doctor's and the shops. It's been a hard winter and it was "
        "really appreciated. Keep up the good work.",
        "Dear Sir/Madam, I live on {street} and our neighbour's rooster crows from 4am every "
        "day. It's been going on for months. I've asked him politely several times and he says "
        "animals are allowed. We are not in the countryside. I'm losing sleep and my health is "
        "suffering. Please advise.",
        "Hello, I'm a shop owner at {num} {street}. Almost every night someone sleeps in the "
        "doorway of my shop, and in the morning I find bottles, cardboard and sometimes worse. I "
        "feel sorry for him, but my customers are put off. I've called the outreach team number "
        "on the website and it was engaged. Who can help him?",
        "Hi, there's a family of foxes living under the shed of the empty house next to us at "
        "{num} {street}. They scream at night, they dig up our garden and tear open the rubbish "
        "bags. My kids are scared. Is there anything the council can do? Thank you.",
        "Good afternoon. I'd like to report a car break-in on {street} last night, the third on "
        "our road this month. Windows smashed, bags taken. I've reported it to the police, but I "
        "wanted to ask the council whether more patrols or cameras could be arranged. Everyone "
        "is nervous. Thank you.",
        "Hello, I wanted to ask what the opening hours of the council offices on {street} are "
        "during the holidays. I need to register my new baby's birth and I don't want to make "
        "the trip with a newborn for nothing. The website shows different times on different "
        "pages. Thank you in advance.",
        "Dear council, there's loud construction noise from the building site at {place} every "
        "night until 11pm, with floodlights shining into our bedroom. We were told work would "
        "stop at 7pm. I have two small children who can't sleep and I'm a nurse who has to get "
        "up early. Please make them respect the hours.",
        "Hi, there's been a strong smell of cannabis coming into our flat at {num} {street} from "
        "the flat below, day and night, for weeks. It's in the kids' clothes, the curtains, "
        "everywhere. We also see people coming and going all night. I've spoken to the housing "
        "association. Please, who else can help?",
        "Hello, I'd like to thank the council for the summer festival in {place} last weekend. "
        "My children loved the music and the workshops, and it was so nice to see all the "
        "neighbours together. The organisation was great. Please do it again next year, and "
        "maybe add more shade.",
        "Good morning, I'm writing about the mould in our flat at {num} {street}. It's black, "
        "it's on the walls of every room and on the children's clothes, and my youngest has had "
        "a cough for three months. The landlord says we should open the windows. It's been like "
        "this since winter. Please can an inspector come.",
        "Hi, there's a colony of stray cats around the garages behind {street}. Some of them "
        "look sick and one kitten was clearly injured. A neighbour feeds them, but nobody takes "
        "them to a vet. I'd like to help, but I don't know who to contact. Thank you.",
        "Dear Sir or Madam, I am very unhappy about the new plans for the city centre that were "
        "announced last week. Nobody asked the residents, and the public meeting was at 2pm on a "
        "weekday when most of us work. I want to know how we can give our opinion. Please reply. "
        "Regards.",
        "Hello, there's a group of teenagers who gather in the bus shelter at {stop} every "
        "evening, shouting, smoking and throwing things at passing cars. Last week they threw an "
        "egg at my window. My elderly mother is afraid to walk to the shop. Could you ask the "
        "police or youth workers to come by?",
        "Hi, we found a hedgehog in our garden on {street} that seems injured, it's out in "
        "daylight and it's not moving much. We've put it in a box with a towel. Who can we call? "
        "We don't want it to die. Thank you for any advice.",
        "Good evening, I'd like to complain about the dog barking at {num} {street}. It barks "
        "nonstop from 8am until the owners come home at 7pm, every weekday. I work nights and "
        "sleep during the day. I've left two letters for them. I'm at the end of my tether. "
        "Please can you contact them.",
        "Hello, I'd like some information on how to get a permit for a street party on {street} "
        "for the summer. We have about 30 families who'd like to do it. What do we need to do "
        "and how long does it take? Thank you in advance, we're all very excited.",
        "Hi, there's a garden at {num} {street} that hasn't been touched in years. Brambles and "
        "ivy are growing over the fence onto the pavement and into our garden, and I've seen "
        "rats coming from there. The owner lives abroad, I think. Can the council make them "
        "clear it? Thank you.",
        "Dear team, I want to report the restaurant on {street} whose bins are kept at the back "
        "door and overflow every night. There are flies everywhere and the kitchen staff were "
        "smoking next to the food. We also saw a cockroach in our soup last week. Please send a "
        "food safety inspector.",
        "Hello, I'd like to thank the officers who came so quickly when the old man next door "
        "fell in his garden on {street}. The ambulance took a while but the community team "
        "stayed with him. He is recovering well now. We're very grateful. Please pass on our "
        "thanks.",
        "Hi, there's a big flock of seagulls attacking people on {street} near the fish and chip "
        "shop. They take food out of children's hands and one dived at my daughter and scratched "
        "her. They nest on the roofs. Is there anything that can be done? Thank you.",
        "Good morning, we've had a break-in at our garden shed on {street} for the second time "
        "in two months. The bikes were taken and the lock was cut. Several neighbours have had "
        "the same. I've reported it to the police. I want to ask if the council can improve "
        "lighting or send patrols to our area.",
        "Hello, I'm writing about the parties in the holiday flat at {num} {street}. Every "
        "weekend new people arrive, play loud music, scream on the balcony and leave rubbish "
        "bags on the stairs. The owner never answers. Is this flat even registered? Please look "
        "into it.",
        "Hi, I'd like to ask a general question. Where do I pay my council tax now that the "
        "office on {street} has closed? I'm 79 and I don't use the internet, I've always paid at "
        "the counter. My daughter usually helps but she's abroad. Thank you for your help.",
        "Dear Sir/Madam, since the start of summer there have been people sleeping in the car "
        "park behind {place}. There are now mattresses, shopping trolleys and a small tent. I'm "
        "worried about them, especially one young woman who looks very unwell. Can outreach "
        "workers please visit? Thank you.",
        "Hello, I keep hearing mice in the walls of our flat at {num} {street}, and we have "
        "found droppings in the kitchen cupboards. The landlord says it's our fault. Our "
        "neighbours have the same problem. Can someone from pest control come and check the "
        "whole building?",
        "Hi, there's a man who regularly drives his motorbike up and down {street} late at night "
        "revving the engine as loud as possible, sometimes until 1am. It wakes the whole street. "
        "I think I know who it is. Can the police or the council do anything? Thanks.",
        "Good afternoon, I just wanted to send my thanks to the team who repaired the street "
        "lights on {street} last week. We had been in the dark for a month and my daughter was "
        "scared walking home from the bus. They did it really quickly after I reported it. Thank "
        "you so much.",
        "Hello, I am a teacher at the school on {street}. A stray dog, a big brown one, has been "
        "hanging around the school gates every morning this week. It hasn't bitten anyone, but "
        "some children are scared and a parent got knocked over. Please send someone to catch it "
        "and check whether it's lost.",
        "Dear council, there's a vacant lot on {street} next to number {num} that has turned "
        "into a tip. The fence is broken, there's rubbish, old furniture and weeds as high as "
        "the fence, and kids play there. It's private land, but the owner does nothing. Please "
        "take action against the owner.",
        "Hi, we're being kept awake every night by a neighbour's hot tub and garden parties at "
        "{num} {street}. Music, shouting and laughing until 2am, sometimes on weeknights. We've "
        "asked nicely and got abuse in return. I'd like to make a formal noise complaint. What "
        "do I do?",
        "Hello, I'm writing to ask when the new swimming pool will open. It was supposed to be "
        "ready in the spring and the site on {street} still looks unfinished. My kids are "
        "desperate for somewhere to swim. Is there a date? Thank you.",
        "Good morning, there's a large group of people who have set up camp in the woods at "
        "{place} with tents, a fire pit and several dogs. Walkers, including me and my "
        "grandchildren, have been shouted at. I understand they need somewhere to live, but "
        "please can someone visit and help them find a proper place.",
        "Hi, I'd like to complain about the new neighbour who is running a garage business from "
        "his driveway at {num} {street}. There are cars being repaired, fumes, angle grinders "
        "from 8am to 9pm, and customers parking everywhere. I'm sure this isn't allowed in a "
        "residential street. Please check.",
        "Dear Sir/Madam, I'm writing because my landlord at {num} {street} has entered my flat "
        "three times without notice while I was at work. Things have been moved and I feel "
        "unsafe. He also refuses to repair the broken window in the bedroom. Where can I get "
        "help with this?",
        "Hello, thank you to the bin men who collect on our street, {street}. They are always "
        "friendly, they put the bins back neatly and yesterday one of them helped my mum carry "
        "her shopping up the steps. It doesn't go unnoticed. Please tell them we said thanks!",
        "Hi, there's been a bad smell coming from the house at {num} {street} for a week, and we "
        "haven't seen the old man who lives there for some time. His post is piling up. We're "
        "really worried something has happened to him. Who should we contact? Please help.",
        "Good evening, I'd like to know what the council is doing about the bedbugs in the "
        "shared house at {num} {street}. I'm a tenant there, I've been bitten every night for "
        "two weeks, and the landlord refuses to call an exterminator. I can't afford a hotel. "
        "Please help.",
        "Hello, the karaoke bar that opened on {street} this year keeps its doors open until 3am "
        "and you can hear every song from our bedroom. We live across the road at {num}. I "
        "thought there were licensing rules? Can someone check their licence? Thank you.",
        "Hi, I wanted to ask about dog licences. We've just adopted a rescue dog and I don't "
        "know whether we need to register him with the council, and how much it costs. I looked "
        "on the website but couldn't find it. Thanks in advance for your help.",
        "Dear team, there's a dead deer on the verge by {street} near the woods, it looks like "
        "it was hit by a car. It's been there since yesterday. It's right next to where the kids "
        "wait for the school bus and they're upset. Could it be removed please?",
        "Hello, since the new nightclub opened at {place}, every weekend there are people "
        "urinating in our doorways, fighting and shouting until 5am. I've found broken bottles "
        "in my front garden. We live with small children. Please review their licence or put "
        "more police on the street.",
        "Hi, my neighbour at {num} {street} has about twenty cats in a small flat and the smell "
        "in the stairwell is unbearable. Some of the cats look ill. I think she needs help "
        "herself too, she's elderly and alone. Who can check on her and the animals?",
        "Good morning, I want to thank whoever decided to plant the flowers along {street} and "
        "in {place}. It has transformed the area, people stop and chat now, and the bees are "
        "back. My late husband would have loved it. Thank you.",
        "Hello, I'm writing about cockroaches in our block of flats at {num} {street}. They're "
        "in every flat, in the kitchens and bathrooms, and no matter what we do they come back "
        "from the walls. The managing agent ignores us. Please can the council's environmental "
        "health team inspect the building.",
        "Hi, there's a group of youths who ride around {place} every evening on quad bikes and "
        "scramblers, tearing up the grass and nearly hitting people. I've seen them go at full "
        "speed past the children's area. The police say they can't chase them. Please can "
        "something be done?",
        "Dear council, I've been trying to get an appointment to register my marriage for weeks. "
        "The phone line just rings out and the online booking says 'no slots available'. We're "
        "getting married in two months. Please let me know how to book. Thank you.",
        "Hello, there are rats running around the communal bin area of our block at {num} "
        "{street}, even in daylight. The bins are emptied regularly, but the rats nest in the "
        "bushes next to them. My toddler saw one yesterday. Please send pest control to deal "
        "with them.",
        "Hi, this isn't a complaint, just a question. Does the council still run the free "
        "computer classes for older people at the library on {street}? My father would love to "
        "learn to video call his grandchildren. Where can he sign up? Thank you.",
        "Good afternoon, I'd like to report a neighbour who keeps a large dog chained on a "
        "balcony at {num} {street} all day in the sun, with no shade. It howls for hours. I'm "
        "really worried about its welfare. Please could animal welfare visit. Thank you.",
        "Hello, the neighbours at {num} {street} have been doing DIY in their flat for five "
        "months, drilling, sanding and hammering every day, evenings and weekends included. I "
        "have a newborn and I work from home. I've asked them for a schedule and got nothing. Is "
        "there any rule I can point to?",
        "Hi, I just want to say thank you to the city for fixing the broken traffic light at "
        "{street} so quickly. I reported it in the morning and by the afternoon it was working "
        "again. As a mum who walks the kids to school, I really appreciated it. Great job.",
        "Dear Sir/Madam, I'm concerned about a man who is living in his car on {street} outside "
        "the park. He's been there for weeks, he looks unwell, and it's getting cold at night. "
        "I've taken him tea a few times. Is there a service that can help him find housing?",
        "Hello, the takeaway at {num} {street} has a huge extractor fan that blasts cooking "
        "fumes and noise straight into our bedroom window from 11am until midnight. We can't "
        "open our windows. I've spoken to the manager, who shrugged. Please can this be looked "
        "at?",
        "Hi, we have a serious problem with mosquitoes in our area since the summer. Our "
        "neighbour's garden on {street} has a pond and containers full of stagnant water. The "
        "kids are bitten every night. What can we do? Thank you.",
        "Good morning, I'd like to report suspicious activity at the empty office building on "
        "{street}. Every night cars come and go, people carry boxes in and out, and there are "
        "lights on at 3am. It could be nothing, but it feels wrong. I didn't know who else to "
        "tell.",
        "Hello, I'm writing to complain about the new parking charges that the council decided "
        "on without any consultation. Lots of us on {street} feel ignored. We elected you to "
        "listen to us. I would like to know when there will be a public meeting on this "
        "decision.",
        "Hi, there's a beehive someone put on the roof of the flat next to ours at {num} "
        "{street}, and since then there are bees everywhere in our garden and the kids' paddling "
        "pool. My son is allergic. Is this allowed in a city? Who do I talk to?",
        "Dear team, I want to say a big thank you to the staff at the library on {street}. They "
        "helped my mum fill in forms online, found her a large print book club, and they're "
        "always patient and kind. Libraries like this are so important. Please keep it open.",
        "Hello, there's a neighbour on {street} who is feeding the pigeons every day with bags "
        "of bread on the pavement. Now there are hundreds of pigeons, rats come at night for the "
        "leftovers, and the pavement is covered in droppings. We've asked him to stop. Please "
        "can you speak to him?",
        "Hi, my elderly neighbour at {num} {street} is being harassed by a group of kids who "
        "knock on her door at night and run away, throw stones at her windows and shout abuse. "
        "She's in tears. I've called the police twice. Please can someone help her?",
        "Good evening, I'd like to ask when the programme of the summer concerts in {place} will "
        "be published. My mother always puts it on her fridge, and she doesn't use the app. "
        "Could you post a paper copy to {num} {street}? Thank you very much.",
        "Hello, there's a squirrel that has got into the loft of our rented house on {street}. "
        "We can hear it running around at night and it's chewing the wires. The landlord says "
        "it's not his problem. Is there a service that can help? Thank you.",
        "Hi, the shisha lounge on {street} has customers sitting outside until 3am, with loud "
        "music and cars revving in the street when they leave. I've lived here for twenty years "
        "and it used to be quiet. I'm asking the council to check their opening hours and "
        "licence.",
        "Dear Sir or Madam, I would like to complain about a landlord who is renting out a "
        "garage at {num} {street} as a home to a family. There's no window, no heating and they "
        "use an extension cable for power. I'm worried for the children. Please send someone to "
        "inspect.",
        "Hello, I'd like to know how to apply for a housing benefit. I lost my job last month "
        "and I'm struggling to pay rent on my flat on {street}. I don't know where to start. Do "
        "I need an appointment at the council? Thank you for your help.",
        "Hi, I'm a regular at the park at {place} and I want to thank the gardeners. The rose "
        "garden looks amazing this year, the paths are neat and they always say hello. My "
        "grandchildren and I spend every Sunday there. Please tell them how much we appreciate "
        "it.",
        "Good morning, every night a group of people drink in the small square at {place} and "
        "fight, smash bottles and shout until 3am. We've called the police many times and they "
        "come and go. My children are woken every night. Can we get a patrol or a ban on "
        "drinking there?",
        "Hello, the food market stall at {place} is selling meat that's been out in the sun all "
        "day with no fridge. There were flies all over it and I saw the seller wipe the knife on "
        "his trousers. I'm worried people will get ill. Please check it.",
        "Hi, I think our neighbour is keeping a dangerous snake in his flat at {num} {street}. "
        "He told my husband it's a python, and last week it got out and was in the stairwell. My "
        "children are terrified. Is this allowed? Please look into it.",
        "Dear council, I want to thank the man who drove the gritter on our road, {street}, at "
        "5am during the snowstorm. I saw him from my window and thought how hard that job must "
        "be. Because of him my husband got to his dialysis appointment. Thank you.",
        "Hello, I'd like to report ongoing anti-social behaviour in the stairwell of our block "
        "at {num} {street}. People smoke, sleep there, leave needles and use it as a toilet. The "
        "door lock is broken. I've told the housing office many times. Please help us.",
        "Hi, I'd like to find out if the council is hiring. I've seen vacancies for park staff "
        "and drivers mentioned, but the jobs page on the website is empty. I live on {street} "
        "and I'd love to work for my city. Thank you.",
        "Good afternoon, the house behind ours on {street} has had its garden turned into a "
        "scrapyard: old cars, fridges, tyres and piles of scrap metal. There are rats and the "
        "kids from the area play in it. It's a private garden but surely this isn't allowed. "
        "Please inspect.",
        "Hello, there's a neighbour at {num} {street} who plays the drums every evening from 8 "
        "until 11. I've been patient for a year, but I've got exams coming and I can't "
        "concentrate. I asked him to stop at 9 and he refused. What can I do?",
        "Hi, I've noticed a badger sett being dug up in the woods at {place}, and I suspect "
        "badger baiting. There were dogs and men with shovels at dawn. I think this is illegal. "
        "Please alert the right people. Thank you.",
        "Dear Sir/Madam, my mother lives in a care home on {street} and I'm concerned that "
        "there's been no heating in her room for a week and the food is often cold. The staff "
        "say it's being dealt with. Who do I contact about standards in care homes?",
        "Hello, I'd like to say that the new website for booking appointments at the council is "
        "a huge improvement. I renewed my resident card in five minutes instead of queuing for "
        "an hour. Whoever worked on it, thank you!",
        "Hi, there's a flat at {num} {street} where people seem to be selling drugs from the "
        "window, with a constant stream of visitors day and night, and people waiting in the "
        "street. The police have been told. Please can the council and the landlord take action? "
        "We're scared.",
        "Good morning, I'm writing about the noise from the warehouse at the back of {street}. "
        "Forklifts beep all night and lorries unload at 4am with banging and shouting. We've "
        "lived here for 12 years and it started when the new company moved in. Please check "
        "their permitted hours.",
        "Hello, I have a question about school enrolment. We're moving to {street} next month "
        "and I need to register my two children for primary school. Do I contact the council or "
        "the school directly? What documents are needed? Thank you.",
        "Hi, a baby bird fell out of the nest in the tree outside our house at {num} {street} "
        "and the parents seem to have gone. My kids want to save it. Is there a wildlife rescue "
        "we can call? Thank you so much for any advice.",
        "Dear council, I just wanted to say thanks for finally fixing the potholes on {street}. "
        "We had been asking for two years and the road is now smooth. My wife, who has a bad "
        "back, actually enjoys the drive to town again. Very well done.",
        "Hello, there's a man exposing himself to women near the river path at {place} in the "
        "mornings. Two of my friends have seen him. We've told the police. I want to ask if the "
        "council could put up lights or cameras on the path.",
        "Hi, I'd like to complain about the noise of the air conditioning units on the roof of "
        "the hotel next to us at {num} {street}. They hum all night and it's like sleeping next "
        "to a plane. This started in June. Who checks this kind of noise?",
        "Good evening, I'm a single mum living in a council flat at {num} {street}. The front "
        "door of our building has been broken for two months and strangers come in at night. "
        "Last week someone slept in the hallway. I've reported it to housing repairs three "
        "times. Please fix it.",
        "Hello, I'd like to know whether the council will organise a Christmas market in {place} "
        "this year. Last year was lovely. Also, are local artists allowed to have a stall? I "
        "make candles and would love to take part. Thank you.",
        "Hi, a loose horse has been wandering along {street} near the fields since this morning. "
        "It nearly caused an accident. Nobody seems to know who owns it. I've called the police, "
        "who said to call the council. Please send someone quickly.",
        "Dear Sir/Madam, I want to report a bakery on {street} where I bought a cake with mould "
        "on it yesterday. When I returned it they refused a refund, and I noticed that the "
        "display fridge wasn't working. I'm worried about the food safety there.",
        "Hello, I'm writing on behalf of the residents of {street}. Our neighbourhood has seen a "
        "wave of burglaries over the last month, four houses on our road alone. People are "
        "scared and many are elderly. We would like a meeting with the police and the council. "
        "Please let us know.",
        "Hi, just a quick thank you to the council staff at the information desk. I came in "
        "confused about a letter about my pension, and the lady spent half an hour explaining "
        "everything to me patiently. I'm 86 and I went home feeling much better.",
        "Good morning, the flat next to mine at {num} {street} is rented out for parties every "
        "weekend. Dozens of young people, music until dawn, vomit on the stairs, the lift "
        "blocked. The owner lives abroad. Is there anything the council can do?",
        "Hello, we have a problem with a neighbour's dog that barks whenever anyone walks past "
        "their house on {street}. It's a small dog but it's in the front garden all day and the "
        "barking is constant. My elderly father can't rest. Please speak to the owners.",
        "Hi, I'd like to ask about the opening times of the museum at {place} during the "
        "holidays. We're visiting with the grandchildren and want to plan the day. Also, is "
        "there a discount for seniors? Thanks very much.",
        "Dear council, I'm writing about the camping vans parked permanently along the river "
        "near {place}, with people living in them, generators running all night and dogs loose. "
        "I'm not against anyone, but it's a public space and it's getting out of hand. Please "
        "look into it.",
        "Hello, there's a nest of rats under the decking of the pub garden on {street}. We can "
        "see them from our kitchen window every evening, running into our garden. We've told the "
        "landlord of the pub and he said it's not his problem. Please send pest control. Thank "
        "you.",
        "Hi, I wanted to know if there's any help for older people to get a new boiler. Our "
        "heating at {num} {street} broke down in November and we can't afford a new one. We're "
        "both in our eighties and it's very cold. Is there a grant? Thank you.",
        "Good afternoon, I want to thank the council for the free summer activities for children "
        "at {place}. My kids did football, art and a science workshop, and they came home happy "
        "every day. As a working single dad, it helped me so much. Thank you.",
        "Hello, I'd like to report that there's someone who regularly shoots at birds with an "
        "air rifle from the window of {num} {street}. I've found dead pigeons in our garden. "
        "It's terrifying for the kids. Please could the police or the animal protection team "
        "look into it.",
        "Hi, our upstairs neighbours at {num} {street} are very loud every night, shouting at "
        "each other, slamming doors, and sometimes it sounds like someone is being hurt. I'm "
        "worried about the woman and the children. I don't know if I should call the police. Who "
        "can advise?",
        "Dear team, this is not a complaint but a suggestion. Could the council organise a 'meet "
        "the neighbours' day on {street}? Many of us have lived here for years without knowing "
        "each other, and older people are lonely. I'd be happy to help organise. Thank you.",
        "Hello, the pub on {street} has started having live bands on Thursdays, Fridays and "
        "Saturdays, with the doors and windows open until 1am. Our baby's bedroom faces the pub. "
        "We've asked them to close the windows. Please can noise officers come on a Friday "
        "night?",
        "Hi, I run a small shop on {street} and I've had three shoplifting incidents this week "
        "by the same group. When I confronted them they threatened me. The police took a "
        "statement but nothing happened. I feel very unsafe. Can the council do anything about "
        "security in the street?",
        "Good morning, there's a large dead seagull in the middle of the pavement on {street} "
        "outside number {num}. It's been there two days, it smells and the flies are everywhere. "
        "Children walk past it on the way to school. Could someone remove it? Thank you.",
        "Hello, my question is about the council's budget. I read that the money for youth clubs "
        "has been cut, but the council spent a fortune on the new offices. Can you explain the "
        "priorities? My son's club on {street} is closing next month. Thank you.",
        "Hi, there's an overgrown garden at {num} {street} whose trees and hedges have grown so "
        "tall that they block all the sunlight into our house and garden. The owner has ignored "
        "our letters for two years. Is there a rule about high hedges on private property? "
        "Please advise.",
        "Dear Sir/Madam, I'd like to report a neighbour who has been dumping garden waste and "
        "household rubbish over the fence into the empty field behind {street}, and there's now "
        "a rat infestation. It's on his own land but it's affecting us all. Please send someone "
        "to inspect.",
        "Hello, the gym in the basement of {num} {street} opens at 5am and the music and the "
        "weights banging on the floor come straight through into our flat. We've lived here ten "
        "years. The gym manager says they're allowed. Are they? Please check.",
        "Hi, I'm just writing to say thank you to the council team who cleaned up after the "
        "flood on our street. They worked all weekend, they were kind and helped my elderly "
        "neighbours move their furniture. We really felt supported. Thank you from {street}.",
        "Good evening, there's a group of boys who have been setting fires in the bins and in "
        "the woods at {place} almost every evening this week. Last night the fire brigade had to "
        "come. I'm afraid a house or a child will get hurt next. Please can the police patrol "
        "there?",
        "Hello, I'd like to know how to get help at home for my wife. She's had a stroke and "
        "can't manage the stairs or the cooking anymore. Do we apply to the council for a carer? "
        "How long does it take? We'd be grateful for a quick answer. Thank you.",
        "Hi, our landlord has told us we have to leave the flat at {num} {street} in two weeks "
        "because he wants to sell. We've lived here six years, we have a contract, and two kids "
        "in the local school. Is this legal? Who can help us? Thank you.",
        "Dear council, I'm concerned about the number of stray dogs around {place} lately. "
        "There's a pack of four or five who roam the park and the streets around it. They chase "
        "cyclists and bark at kids. Please send the dog warden.",
        "Hello, I wanted to report a dead cat on the side of the road on {street} near number "
        "{num}. It has a collar, so it belongs to somebody. I'd like the owner to know. Can "
        "someone collect it and check if it's chipped? Thank you.",
        "Hi, I'd like to raise a complaint about the noise from the school next to us on "
        "{street}. Not the children, that's fine, but the caretaker tests the alarm system and "
        "the loudspeaker at 7am every day. It's very loud. Could it be done later?",
        "Good morning, I'm writing to thank the city for the new lighting and the benches in "
        "{place}. Last night I walked through the park with my daughter after dark for the first "
        "time in years. It feels safe and beautiful. Well done to everyone involved.",
        "Hello, a neighbour at {num} {street} has built a two-storey shed right against our "
        "fence, with windows looking straight into our bedroom. I don't think they asked for any "
        "permission. Please check whether this is allowed. Thank you.",
        "Hi, there's a young man sleeping on the bench at the bus stop on {street} every night "
        "for a week now. He's got very little, just a blanket. It's getting really cold. I gave "
        "him some food, but he needs more help than I can give. Please send outreach workers.",
        "Dear Sir/Madam, I'd like to ask whether the city has any plans to celebrate the 100th "
        "anniversary of the market hall at {place}. My grandfather was one of the first traders. "
        "I have old photos I'd be happy to share. Who should I contact?",
        "Hello, I've been stung by hornets twice this week in my garden on {street}. I think "
        "there's a nest in the roof of the empty house next door at {num}. Nobody lives there. "
        "Could someone come and destroy the nest? My grandchildren visit on Sunday.",
        "Hi, I'd like to make a complaint about a restaurant on {street} that keeps its kitchen "
        "door open onto the alley, and I've seen the staff throwing food scraps onto the ground. "
        "Now there are rats and cats everywhere. Please inspect their hygiene. Thank you.",
        "Good evening, I'm tired of the noise from the football pitch behind our house on "
        "{street}. Adults play there until 11pm with floodlights, shouting and swearing. It's "
        "every night in summer. Please can the lights be turned off earlier?",
        "Hello, I'd like to know if there's a council service for elderly people living alone. "
        "My mother is 90, lives on {street}, and I live far away. She refuses to move. Is there "
        "someone who could visit her now and then? Thank you.",
        "Hi, just writing to say thank you to the person who handed in my purse at the town "
        "hall. It had my bank cards and a photo of my late husband inside. Nothing was missing. "
        "I'd love to thank them personally if possible.",
        "Dear council, the cafe at {num} {street} has a terrace that now covers the whole "
        "pavement and part of the road, with speakers playing music all day. They've put tables "
        "in front of our door. Do they have permission? Please check. Regards.",
        "Hello, I'm writing to you because I'm worried about my neighbour's living conditions at "
        "{num} {street}. He is a hoarder, the flat is full to the ceiling, and there's a smell "
        "and flies coming out of the door. He's elderly and I think he needs help. Please send "
        "someone.",
        "Hi, the phone company put a mast on the roof next to our house on {street} without "
        "telling anyone. Many neighbours are worried about it. Did the council give permission? "
        "Where can we see the plans? Thank you for your answer.",
        "Good morning, there's a duck with a broken wing at the pond in {place}. It can't fly "
        "and the dogs are chasing it. I've tried to call the animal rescue but they're full. "
        "Please can someone help it. Thank you.",
        "Hello, I'd like to ask whether the council will cut the tax for pensioners this year. "
        "My pension went up a little but my council tax went up much more. I've lived on "
        "{street} all my life and it's getting hard. Thank you.",
        "Hi, late at night there are people racing cars in the supermarket car park at {place}, "
        "with screeching tyres and loud music. It goes on until 2 or 3am. I've called the police "
        "a few times. Can the council close the car park at night?",
        "Dear Sir/Madam, I'd like to thank your team at the housing office. After months of "
        "problems, they finally got our landlord to fix the damp and the heating in our flat on "
        "{street}. My children are healthier already. Thank you for not giving up on us.",
    ],
}

# A municipal service catalogue walked item by item: for every service type a city's reporting
# system or 311 line offers (and that residents raise with a transport operator), the ways
# residents name it. Same slots as BODIES.
CATALOGUE_TITLES: dict[str, list[str]] = {
    "traffic": [
        "Signal lamp out - red",
        "Red bulb out on traffic light",
        "Amber light not working on signal",
        "Green aspect out at {street}",
        "One of the signal heads is dark",
        "Signal pole hit by vehicle",
        "Traffic signal pole [bent|leaning|knocked over]",
        "Signal visor broken",
        "Vehicle detector not working",
        "Sensor loop not detecting cars",
        "light never changes for side road",
        "Stuck at red, no cars coming",
        "Flashing yellow arrow confusing",
        "Filter arrow not lighting up",
        "Traffic Signal Timing Adjustment",
        "Signal phasing wrong at {street}",
        "Leading pedestrian interval request",
        "Countdown timer blank on crossing",
        "Crossing countdown stuck",
        "Tactile cone not spinning at crossing",
        "Rotating cone under button broken",
        "Request for new traffic signals",
        "New traffic light request at {street}",
        "Temporary traffic lights left on",
        "Portable lights stuck on red",
        "3 way temp lights, no workmen",
        "School zone flasher not flashing",
        "School beacon lights out",
        "Flashing beacon at crosswalk broken",
        "Rapid flashing beacon not activating",
        "HAWK signal dark",
        "Crossing guard needed",
        "Lollipop lady request",
        "No school crossing patrol this week",
        "Refuge island damaged",
        "Traffic island sign knocked over",
        "Keep left bollard [down|missing|not lit]",
        "Illuminated bollard out",
        "Sign post down at {street}",
        "Sign no longer reflective",
        "Faded sign unreadable at night",
        "Children at play sign request",
        "Deaf child sign request",
        "Dead End sign needed",
        "No Through Road sign missing",
        "No HGV sign needed at {street}",
        "Height limit sign missing",
        "Low bridge hit again",
        "Bridge strike - lorry stuck",
        "Direction sign pointing wrong way",
        "Town centre sign missing",
        "Advance warning sign missing",
        "Bend warning sign down",
        "Cats eyes missing",
        "Road studs loose",
        "Reflective road studs gone",
        "Raised markers knocked out",
        "Yellow box junction faded",
        "Box junction blocked every day",
        "Keep Clear marking worn",
        "KEEP CLEAR not painted",
        "Turn arrows on road wrong",
        "Lane arrows painted wrong way",
        "Hatched area needed",
        "SLOW marking faded",
        "Bus lane markings worn",
        "Bus lane sign missing",
        "Disabled parking bay request",
        "Disabled bay outside my house",
        "Loading bay misuse",
        "Cars parked in loading bay",
        "Taxis waiting on double yellows",
        "Cab rank overflowing into road",
        "Ride-share drivers idling on zig zags",
        "EV charging bay blocked by petrol car",
        "Non electric car in EV bay",
        "Overstaying 2 hour limit",
        "Parking time limit not enforced",
        "Overnight lorry parking",
        "Commercial vehicle parked on residential street",
        "Box van parked for weeks",
        "Cones put out to reserve parking",
        "Wheelie bins used to save parking space",
        "Neighbour reserving space with chairs",
        "Parking ticket appeal",
        "PCN challenge",
        "Parking citation dispute",
        "Got fined but meter was broken",
        "My car was towed",
        "Where is my towed car",
        "Car clamped wrongly",
        "Impound lot question",
        "Car park barrier stuck",
        "Multi storey pay machine broken",
        "Car park exit queue",
        "Pay by phone zone code wrong",
        "Parking sign confusing",
        "Conflicting parking signs at {street}",
        "Car on bricks",
        "SORN car on road",
        "Car with expired tags",
        "Car under cover not moved",
        "Flat tyres, not moved since spring",
        "Dumped moped",
        "Abandoned motorbike",
        "Scooter thrown in the canal",
        "Rental bike in the hedge",
        "Dockless bike in river",
        "Street racing",
        "Drifting in car park",
        "Car meet every Friday",
        "Doughnuts at roundabout",
        "Speed van request",
        "Community speed watch",
        "Speed indicator sign request",
        "Speed cushions request",
        "Speed table needed",
        "Chicane request",
        "Road narrowing needed",
        "Low traffic neighbourhood",
        "Modal filter request",
        "School street closure request",
        "Planters moved, cars cutting through",
        "Traffic backing up",
        "Tailbacks from the lights",
        "Bottleneck at {street}",
        "Drive-thru queue blocking road",
        "Queue onto main road from retail park",
        "Diversion route unsuitable",
        "Closure signs still up",
        "Road closed but nobody working",
        "Bike hangar request",
        "Sheffield stands needed",
        "Secure cycle parking",
        "Cycle racks full",
        "Advance stop line ignored",
        "Contraflow cycling request",
        "Cycle route signs missing",
        "Barrier on cycle path too narrow",
        "A-frame barrier blocks trike",
        "Kissing gate stops wheelchairs",
        "Shared path conflict",
        "Cyclists speeding on shared path",
        "Sight line blocked at junction",
        "Can't see when pulling out",
        "Wrong way on slip road",
        "Traffic counter cables across road",
        "Strips across road for survey",
        "Sat nav sending lorries down lane",
        "Lorry stuck on corner",
        "Horns at night",
        "Hooting all day at market",
        "Cars blocking box junction",
        "Jumping red light at {street}",
        "Red light camera request",
        "Signal outage",
        "Signal Malfunction - Pedestrian",
        "Traffic Engineering",
        "Highways - Traffic Management",
        "Parking Services",
        "Roads - Signs & Lines",
        "Lines & Signs",
        "Street Signage",
        "Transportation - Other",
        "Speed Hump Request",
        "Pedestrian Safety",
        "Bicycle Infrastructure",
        "Vehicle - Abandoned on Street",
        "Idle truck blocking lane",
        "Car parked on corner, can't see",
        "Van parked on crossing",
        "Trafic light stuck",
        "signle out",
        "stopp sign gone",
        "speding cars again",
    ],
    "public_works": [
        "Alligator cracking on road",
        "Road rutting",
        "Ruts in the road",
        "Washboard surface on gravel road",
        "Frost heave",
        "Road buckled in heat",
        "Melting tar",
        "Tar bleeding on road",
        "Loose chippings after resurfacing",
        "Surface dressing stones everywhere",
        "Steel plate rattling",
        "Road plate loose at {street}",
        "Raised ironwork",
        "Sunken drain cover",
        "Ironwork sticking up",
        "Loose setts",
        "Cobbles missing",
        "Cobblestones coming up",
        "Gravel road needs grading",
        "Unpaved alley full of holes",
        "Dirt road dust",
        "Alley pothole",
        "Back lane potholes",
        "Pothole in car park",
        "Potholes on slip road",
        "Pothole keeps coming back",
        "Hole in road near drain",
        "Crater on {street}",
        "Huge hole in tarmac",
        "Gap in sidewalk",
        "Missing section of footpath",
        "No footway on {street}",
        "Cellar cover broken in pavement",
        "Coal hole cover loose",
        "Vault light cracked",
        "Tactile paving loose",
        "Blister paving broken",
        "Puddle on footway",
        "Water ponding at crossing point",
        "Lantern hanging off lamp post",
        "Street light buzzing",
        "Lamp column rusted at base",
        "Lamp post rusting through",
        "Street light too bright",
        "Street light shining in bedroom",
        "LED streetlight glare",
        "Need a streetlight here",
        "New lighting request",
        "Dark path needs lights",
        "Lights out on footbridge",
        "Christmas lights on lamp post sparking",
        "Tree grate lifting",
        "Tree pit empty",
        "Tree guard damaged",
        "Tree stake rubbing bark",
        "Sticky sap on cars",
        "Honeydew from lime trees",
        "Ash dieback",
        "Diseased tree",
        "Emerald ash borer",
        "Tree looks sick",
        "Pollarding overdue",
        "Street tree needs watering",
        "Newly planted tree dying",
        "Vine growing up lamp post",
        "Ivy over street sign",
        "Storm debris",
        "Brush pickup",
        "Branch pickup request",
        "Chipping service",
        "Christmas tree collection",
        "Xmas tree pickup",
        "Goalposts broken",
        "Football goal net ripped",
        "Basketball hoop broken",
        "Basketball net missing",
        "Tennis court net torn",
        "Tennis court surface cracked",
        "Skate park ramp damaged",
        "Outdoor gym equipment broken",
        "MUGA fence broken",
        "Splash pad not working",
        "Paddling pool empty",
        "Park gate not unlocked",
        "Park gates left open overnight",
        "Cemetery grass uncut",
        "Cemetery path broken",
        "Memorial bench damaged",
        "Plaque missing from bench",
        "Statue damaged",
        "Monument needs cleaning",
        "Town clock stopped",
        "Public clock wrong time",
        "Japanese knotweed",
        "Giant hogweed by path",
        "Ragwort on verge",
        "Poison ivy on trail",
        "Thistles in park",
        "Overgrown planters",
        "Hanging baskets dead",
        "Roundabout flower bed neglected",
        "Planter box broken",
        "Verge churned up by cars",
        "Tyre ruts on grass verge",
        "Alley gate broken",
        "Alleygate lock broken",
        "Sandbags needed",
        "Sandbag request",
        "Assisted bin collection request",
        "Help putting bin out",
        "Bin smells",
        "Bin needs cleaning",
        "Bin washing",
        "Black sacks not delivered",
        "Recycling bags request",
        "Orange bags run out",
        "Communal bins overflowing",
        "Bin store full at flats",
        "Bin chute area full",
        "Underground container hatch stuck",
        "Waste container lid jammed",
        "Container won't open",
        "E-waste pickup",
        "Old TV collection",
        "Battery recycling",
        "Electrical items dumped",
        "Paint tins dumped",
        "Chemicals dumped",
        "Asbestos dumped",
        "Asbestos sheets fly tipped",
        "Oil drums left on verge",
        "Clinical waste found",
        "Medical waste on pavement",
        "Trade waste on street",
        "Shop bins left on pavement",
        "Restaurant bags on sidewalk",
        "Crew spilled rubbish",
        "Bin men left mess",
        "Rubbish dropped during collection",
        "Bin day changed",
        "Collection calendar wrong",
        "Garden waste subscription",
        "Green waste permit sticker",
        "Cigarette butts everywhere",
        "Chewing gum on pavement",
        "Takeaway litter",
        "Fast food rubbish in lay-by",
        "Litter on verge",
        "Laughing gas canisters",
        "Nitrous oxide cans in park",
        "Silver canisters everywhere",
        "Dog fouling",
        "Dog mess on pavement",
        "Dog poo everywhere",
        "Dog dirt outside school",
        "Urine in alleyway",
        "Human waste in doorway",
        "Crash debris on road",
        "Glass from accident",
        "Car parts in road",
        "Shopping trolley dumped",
        "Abandoned shopping cart",
        "Trolley in the stream",
        "Black ice",
        "Ice on steps",
        "Snow at bus stop not cleared",
        "Snow on bike lane",
        "Cycle path not gritted",
        "Ungritted hill",
        "Snow piled at crosswalk ramp",
        "Drain grate rattling",
        "Gully cover noisy",
        "Grid broken in gutter",
        "Kerb drain blocked",
        "Sewage in river",
        "Sewage in stream",
        "Raw sewage smell by brook",
        "Sewer overflow after rain",
        "Basement flooded from sewer",
        "Sewer backed into house",
        "Low water pressure",
        "No water supply",
        "Water off no notice",
        "Brown water from tap",
        "Discoloured water",
        "Water tastes of chlorine",
        "Valve box cover missing",
        "Stopcock cover broken",
        "Curb stop cover raised",
        "Meter pit lid missing",
        "Leaking standpipe",
        "Hydrant gushing",
        "Scratchiti on park signs",
        "Etching on windows of library",
        "Graffiti on statue",
        "Graffiti on park sign",
        "Tags on playground slide",
        "Graffiti on traffic light box",
        "Utility works overrunning",
        "Road dug up again",
        "Gas works left open",
        "Works no notice",
        "Scaffolding blocking pavement",
        "Skip on sidewalk",
        "Dumpster blocking footpath",
        "Hoarding fence over footway",
        "Builders sand on pavement",
        "Guardrail damaged",
        "Crash barrier bent",
        "Handrail on bridge rusty",
        "Underpass flooded",
        "Underpass tiles falling off",
        "Subway passage smells",
        "Riverbank eroding",
        "Bank collapsing into brook",
        "Weir blocked",
        "Trash screen blocked",
        "Beck overflowing",
        "Canal towpath broken",
        "Leisure centre showers broken",
        "Pool changing rooms dirty",
        "Town hall lift broken",
        "Library toilets out of order",
        "Sports hall roof leaking",
        "Community centre heating broken",
        "Ramp at town hall broken",
        "Public building door stuck",
        "Crack pipes on path",
        "Drug litter in stairwell",
        "Foil and needles by garages",
        "Sharps bin full in toilets",
        "Missed collection - recycling",
        "Missed Collection - Garden Waste",
        "Missed Collection - Refuse",
        "Refuse & Recycling",
        "Waste & Recycling",
        "Street Scene",
        "Highways - Carriageway",
        "Highways - Footway",
        "Street Furniture",
        "Parks & Countryside",
        "Grounds Maintenance",
        "Drainage & Flooding",
        "Water & Sewer",
        "Sanitation",
        "Street Maintenance",
        "Sidewalk Defect",
        "Curb & Gutter",
        "Tree Services",
        "Forestry - Street Tree",
        "Illegal Dumping Pickup",
        "Bulky Waste - Fridge/Freezer",
        "Litter & Dumping",
        "Fly Tipping - Household Waste",
        "Graffiti - Public Property",
        "potholl",
        "side walk cracked",
        "streetlite flickering",
        "manhol cover noisy",
        "bin not emtied",
        "fly tiping",
        "grafitti on wall",
        "over flowing dustbin",
        "kachra not picked up",
        "garbage not lifted",
        "drainage overflow in lane",
        "nalla blocked",
        "gutter overflowing on road",
        "street lamp fused",
        "road dug up and left",
    ],
    "transit": [
        "Leaves on the line again",
        "Points failure delays",
        "Overhead wire problem",
        "Train fault at {stop}",
        "Trespass on the line delays",
        "Train did not stop at {stop}",
        "Fast train skipped my station",
        "Not stopping at my stop",
        "Short platform, doors didn't open",
        "Couldn't get off, doors locked",
        "Engineering works overran",
        "Weekend engineering works",
        "First class declassified",
        "Paid for first class, no seat",
        "Luggage racks full",
        "Suitcases in the aisle",
        "Bike reservation ignored",
        "No bike space on train",
        "Plug sockets not working",
        "Tray table broken",
        "Seat broken on train",
        "Vaping on the train",
        "Feet on seats",
        "Loud music on the train",
        "Dog on train question",
        "Tatkal booking failed",
        "Tatkal ticket not booked, amount debited",
        "Chart not prepared",
        "Coach position not displayed",
        "E-catering order not delivered",
        "Bedroll not provided",
        "Dirty blanket in AC coach",
        "Men in ladies compartment",
        "Lower berth for senior citizen",
        "Unreserved coach overcrowded",
        "Security on train",
        "No water in coach",
        "Bus didn't kneel",
        "Driver wouldn't lower bus",
        "No change given on bus",
        "Exact fare only",
        "Cash refused on bus",
        "Concession pass refused before 9:30",
        "Bus stop pole missing",
        "Bus stop flag missing",
        "Bench missing in shelter",
        "Advert panel smashed at stop",
        "Shelter light out",
        "School bus late",
        "School bus didn't come",
        "Dial-a-ride no show",
        "Paratransit ride late",
        "Community transport booking",
        "Park and ride bus full",
        "Park and ride closed",
        "Airport shuttle late",
        "Coach to airport cancelled",
        "Tram bell not working",
        "Tram doors stuck",
        "Tram stop platform too low",
        "Tram stop display wrong",
        "Turnstile not opening",
        "Overcharged on tap out",
        "Tap in tap out problem",
        "Incomplete journey charge",
        "Charged maximum fare",
        "Top up machine not working",
        "Travel card not topping up",
        "Station entrance closed",
        "Station exit locked",
        "Platform screen doors stuck",
        "Big gap between train and platform",
        "Tannoy too quiet",
        "Announcements unclear",
        "No staff at station",
        "Ticket office unmanned",
        "Complaint reference no reply",
        "Customer services not responding",
        "Chatbot useless",
        "On hold for an hour",
        "Lost property office",
        "Lost property - train",
        "Assistance booking no-show",
        "Passenger assist didn't turn up",
        "Priority seat not given up",
        "Guide dog refused on bus",
        "Mobility scooter refused",
        "Fare cap not applied",
        "Child fare charged as adult",
        "Overcharged on app",
        "QR ticket not scanning",
        "Mobile ticket won't load",
        "Season ticket renewal",
        "Railcard discount not applied",
        "Penalty fare unfair",
        "Fine on tram appeal",
        "Off peak ticket refused",
        "Station clock wrong",
        "Waiting room locked",
        "Platform canopy leaking",
        "Station footbridge lift out",
        "Station car park full",
        "Station car park machine broken",
        "Bike storage at station full",
        "Connection not held",
        "Bus didn't wait for train",
        "Timetable change",
        "New timetable worse",
        "Route cut",
        "Bus route withdrawn",
        "Service reduced",
        "Bus terminating early",
        "Tram terminating short",
        "Bus on diversion",
        "Curtailed service",
        "Bus drove off while I was paying",
        "Bus driver eating while driving",
        "Driver ignored bell",
        "Bus not accessible",
        "Low floor bus not available",
        "Metro doors closing too fast",
        "Tube too hot",
        "Metro train packed",
        "Carriage lights out",
        "Train doors faulty",
        "Rolling stock old",
        "Train too short",
        "Late running service",
        "Operator complaint",
        "Rail - Delays & Cancellations",
        "Bus - Driver Conduct",
        "Bus - Missed Stop",
        "Transit - Stop/Station",
        "Fares & Tickets",
        "Accessibility - Rail",
        "trian late",
        "bus no show agian",
        "subway delayed agian",
        "tram broke donw",
    ],
    "communication": [
        "Heat pump noise",
        "Air source heat pump humming",
        "Extractor fan noise from takeaway",
        "Kitchen extractor running all night",
        "Footsteps from flat above",
        "Laminate floor noise upstairs",
        "Washing machine at midnight",
        "Karaoke next door",
        "Busker with amplifier",
        "Street preacher with speaker",
        "Drone over my garden",
        "Drone flying over houses",
        "Aircraft noise",
        "Planes at night",
        "School bell too loud",
        "Wind turbine noise",
        "DIY noise every evening",
        "Hammering on Sundays",
        "Shouting in the flat next door",
        "Slamming doors all night",
        "Smell from factory",
        "Bad smell from plant",
        "Chimney smoke",
        "Wood burner smoke",
        "Smoke from neighbour's stove",
        "BBQ smoke every night",
        "Cannabis smell from next door",
        "Weed smell in hallway",
        "Odour from takeaway",
        "Fish smell from restaurant vents",
        "Dust from demolition next door",
        "Air quality concern",
        "Floodlight shining into house",
        "Security light in my window",
        "LED billboard too bright",
        "Lost dog",
        "Lost cat",
        "Found dog",
        "Found cat wandering",
        "Microchip update",
        "Pet registration",
        "Cows on the road",
        "Loose horses",
        "Sheep on road",
        "Stray cattle on street",
        "Monkey menace",
        "Monkeys entering houses",
        "Pack of stray dogs",
        "Street dogs chasing bikes",
        "Dog bite by stray",
        "Geese attacking children",
        "Goose droppings on lawn",
        "Deer eating gardens",
        "Bear in the trash",
        "Badger digging lawn",
        "Dog fighting suspected",
        "Puppy farm",
        "Pet shop conditions",
        "Carriage horse overworked",
        "Injured hedgehog",
        "Wildlife rescue",
        "Ants in kitchen",
        "Flea infestation",
        "Ticks in garden",
        "Termites",
        "Flies from neighbour's compost",
        "Maggots in flat",
        "Clothes moths",
        "Squirrels in loft",
        "Gulls nesting on roof",
        "Seagull nest",
        "Oak processionary caterpillars",
        "Caterpillar nests on oak",
        "Asian hornet sighting",
        "Fogging needed in colony",
        "Dengue mosquito breeding",
        "Mosquito larvae in water tank",
        "Bedbugs in hotel",
        "Silverfish in bathroom",
        "Rabbits digging",
        "Mole hills in lawn",
        "HMO complaint",
        "House of multiple occupation",
        "Overcrowded house",
        "Illegal sublet",
        "Landlord harassment",
        "Landlord entering without notice",
        "Deposit not returned",
        "Rent increase",
        "Rent hike unfair",
        "Housing waiting list",
        "Council house application",
        "Homeless application",
        "Facing homelessness",
        "Housing benefit",
        "Rent help",
        "Gas safety certificate",
        "No smoke alarm in rental",
        "Carbon monoxide alarm beeping",
        "Lift broken in council block",
        "Lift out in our tower block",
        "Hallway light out in flats",
        "Stairwell lights out in building",
        "Communal door broken",
        "Entry phone not working",
        "Buzzer broken in block",
        "Rubbish chute blocked",
        "Cladding worries",
        "Insulation grant",
        "Energy bill help",
        "Heating allowance",
        "Neighbour's fence fell into my garden",
        "Neighbour's tree overhanging",
        "Neighbour's tree dangerous",
        "High hedge dispute",
        "Leylandii blocking light",
        "Boundary dispute",
        "Banner on house",
        "Shipping container in garden",
        "Caravan lived in on driveway",
        "Family living in shed",
        "Pool with no fence",
        "Basement dig next door",
        "Airbnb party house",
        "Short term rental complaint",
        "Front garden paved over",
        "Protected tree cut down",
        "TPO tree felled",
        "Listed building altered",
        "Demolition without permit",
        "Planning application objection",
        "Planning permission question",
        "Building control inspection",
        "Home business",
        "Running business from home",
        "Junk cars in back yard",
        "Cars being fixed in driveway",
        "Scrap metal in garden",
        "Smoking in pub",
        "Smoking in restaurant",
        "Tattoo parlour hygiene",
        "Nail salon fumes",
        "Legionella",
        "Lead pipes",
        "Asbestos removal next door",
        "Food hygiene rating",
        "Unlicensed street vendor",
        "Street food without licence",
        "Alcohol sold to minors",
        "Shisha lounge",
        "Shoplifting",
        "Car scratched",
        "Car keyed",
        "Catalytic converter stolen",
        "Scam call",
        "Phone scam",
        "Rogue trader",
        "Doorstep seller",
        "Cold callers",
        "Knife found",
        "Gunshots heard",
        "Domestic abuse",
        "Child neglect",
        "Children left alone",
        "Elder abuse",
        "Missing person",
        "Aggressive begging",
        "Beggars at cashpoint",
        "Panhandling",
        "Pickpockets",
        "Kerb crawling",
        "Nitrous oxide use",
        "People inhaling gas in cars",
        "Vandals",
        "Street party permit",
        "Block party application",
        "Event permit",
        "Filming permit",
        "Busking licence",
        "Market stall licence",
        "Pavement cafe licence",
        "Sidewalk cafe permit",
        "Liquor licence",
        "Fishing permit",
        "Allotment application",
        "Allotment waiting list",
        "Burial plot",
        "Cemetery fees",
        "Hall hire",
        "Room booking",
        "Pitch booking",
        "Wedding ceremony booking",
        "Council tax band",
        "Single person discount",
        "Council tax reduction",
        "Business rates",
        "Property assessment appeal",
        "Water bill",
        "Tourist tax",
        "Tax refund",
        "Direct debit",
        "Bill in wrong name",
        "ID card appointment",
        "Residence permit",
        "Change of address",
        "Register a death",
        "Death certificate",
        "Register a birth",
        "Citizenship ceremony",
        "Apostille",
        "Certificate of conduct",
        "Ration card",
        "Trade licence renewal",
        "Property mutation",
        "Khata transfer",
        "Income certificate",
        "Domicile certificate",
        "Rude staff at counter",
        "Receptionist was rude",
        "Call centre hung up",
        "No reply to my email",
        "Council van driving badly",
        "Council worker rude",
        "App not letting me report",
        "Reporting website down",
        "Report closed but not fixed",
        "Complaint about handling of my case",
        "Case officer never called back",
        "Thank you council",
        "Cheers to the crew",
        "Kudos",
        "Shoutout to the team",
        "Hats off",
        "Props to the gardeners",
        "Appreciation",
        "Well done parks team",
        "Thank you for the new bench",
        "Graffiti gone, thanks!",
        "Drain cleared - thank you",
        "Bins back in the right place, thank you",
        "Nice job on {street}",
        "School admissions",
        "School place appeal",
        "Jury duty",
        "Library fine",
        "Library books renewal",
        "FOI request",
        "Freedom of information",
        "Data request",
        "Subject access request",
        "Social care",
        "Home care for my mum",
        "Meals on wheels",
        "Power cut",
        "Power outage on {street}",
        "Gas smell",
        "Smell of gas in street",
        "Phone mast objection",
        "5G mast",
        "Referendum",
        "Councillor not responding",
        "Who is my councillor",
        "Corruption",
        "Waste of taxpayers money",
        "Petition",
        "Consultation feedback",
        "Protest",
        "Buy followers",
        "Cheap loans",
        "Hot singles",
        "Investment opportunity",
        "Free gift card",
        "Great deals",
        "Morning all",
        "Rainy again",
        "What a view",
        "Anyone else awake",
        "Happy Diwali",
        "Eid Mubarak",
        "Merry Christmas everyone",
        "Go team",
        "Good night",
        "ok",
        "thx",
        "nvm",
    ],
}
CATALOGUE_BODIES: dict[str, list[str]] = {
    "traffic": [
        "The red lamp on the signal facing {street} is out, you only see amber and green from "
        "that side.",
        "One signal head at {street} / {place} is completely dark, the other three work. Drivers "
        "coming from the east can't tell if they have a light.",
        "The traffic light pole at the corner of {street} was clipped by a lorry and now leans "
        "over the road.",
        "The side road light at {street} never turns green unless a car rolls right up to the "
        "line. Cyclists and motorbikes wait forever.",
        "Sitting at a red on {street} at {time} with nothing coming the other way for three "
        "minutes. Is the sensor broken?",
        "The flashing yellow arrow at {place} is new and half the drivers think it means go "
        "without looking. Nearly hit by a turning car.",
        "The left filter arrow at {street} hasn't lit up for {days} days, so nobody can turn "
        "until the lights change again.",
        "Could the pedestrians get a head start at the {place} junction? Turning cars cut "
        "straight across the crossing as soon as it goes green.",
        "The countdown on the crossing at {street} is blank, you don't know how long you have "
        "left.",
        "The little rotating cone under the crossing box at {place} doesn't turn any more. My "
        "neighbour is deafblind and relies on it.",
        "We have been asking for proper traffic lights at {street} and {place} for years. Four "
        "roads meet and nobody knows who goes first.",
        "Temporary traffic lights on {street} still running but the workmen left on Friday. Queue "
        "back to {num} for nothing.",
        "Portable lights at the roadworks on {street} are stuck on red both ways, cars just going "
        "through.",
        "School zone light on {street} outside the primary school has not flashed since the start "
        "of term.",
        "The flashing beacon at the crosswalk by {place} does nothing when you press the button. "
        "Cars don't stop.",
        "Please can we get a crossing guard at {street} and {place}. It used to have one, since "
        "she retired the kids cross on their own.",
        "There's been no lollipop person at the school crossing on {street} all week, children "
        "dodging traffic at 8.30.",
        "Traffic island in the middle of {street} has been hit, the keep left sign is lying in "
        "the road.",
        "The lit bollard on the island near {num} {street} is dark and someone already drove over "
        "the island last night.",
        "Sign post snapped off at the base on {street}, the sign is lying face down on the verge.",
        "The speed limit signs on {street} have gone pale and don't reflect in headlights at all.",
        "Can we have a Children at play sign on {street}? It's a cul-de-sac full of small kids "
        "and delivery vans fly round the corner.",
        "There is a deaf child living at {num} {street}, could you put up a warning sign for "
        "drivers?",
        "Satnav sends everyone down {street} which is a dead end. A no through road sign at the "
        "top would save a lot of U-turns.",
        "No HGV sign at the start of {street} went missing and now lorries try to squeeze through "
        "every day.",
        "Low bridge on {street} was hit again this morning, lorry wedged underneath. The height "
        "warning sign is hidden by a tree.",
        "The direction sign for the town centre at {place} was turned round in the wind and now "
        "points into a housing estate.",
        "Warning sign for the sharp bend on {street} is flat on the ground, cars come into the "
        "bend far too fast.",
        "The cat's eyes along {street} out to {place} are missing, on a wet night you can't see "
        "the middle of the road.",
        "Several road studs are loose on {street}, they pop out and fly up when cars drive over "
        "them.",
        "The yellow box at {street} and {place} is so faded nobody keeps it clear, so the side "
        "road is blocked every evening.",
        "Keep Clear outside the fire station on {street} worn away, cars queue across the exit.",
        "The lane arrows on {street} after the resurfacing point the wrong way, left lane says "
        "straight and right lane says left.",
        "SLOW painted on the road before the bend on {street} is almost gone.",
        "The bus lane paint on {street} is worn out so cars drive in it all day and get fined "
        "without knowing.",
        "I am a wheelchair user at {num} {street} and need a disabled parking bay outside my "
        "house. What do I do?",
        "Loading bay on {street} is full of private cars all day, our delivery lorry has to stop "
        "in the traffic lane.",
        "Taxis line up on the double yellows outside {place} every night waiting for fares, "
        "blocking the junction.",
        "Ride share drivers wait on the zig zags outside {stop} with engines running, pedestrians "
        "can't see round them.",
        "Petrol car parked in the EV charging bay on {street} again, it has been there since "
        "{time} and not charging.",
        "Signs on {street} say 2 hours max but the same cars stay all day, every day. No "
        "enforcement ever.",
        "Articulated lorry parked overnight on {street} outside {num}, fridge unit humming and it "
        "blocks the view pulling out.",
        "Box van with no markings parked on {street} for {days} days, takes up two spaces.",
        "Neighbour at {num} {street} puts traffic cones out every morning to keep the space in "
        "front of his house.",
        "People on {street} leave wheelie bins in the road to save parking spaces, cars can't "
        "pass.",
        "I got a parking ticket on {street} but the sign was covered by a bush. How do I appeal?",
        "Received a penalty charge notice for {street} at {time} but I have the pay-by-phone "
        "receipt. Please cancel it.",
        "My car was towed from {street} this morning, there were no signs about the street "
        "cleaning. Where is it and how do I get it back?",
        "Car was clamped outside {num} {street} even though I have a valid residents permit "
        "displayed.",
        "The barrier at the {place} car park won't lift, a queue of cars stuck inside and nobody "
        "answering the intercom.",
        "Pay machine on level 2 of the {place} car park is broken, everyone is queuing at the one "
        "downstairs.",
        "The zone number on the pay by phone sign at {street} doesn't exist in the app.",
        "Three different parking signs on one pole on {street}, one says permit only, one says 2 "
        "hours, one says no waiting. Which is it?",
        "Car on bricks outside {num} {street}, all four wheels gone.",
        "Car with a SORN notice parked on the road at {street} for {days} days. Isn't that "
        "illegal on a public road?",
        "Car with tags that expired last year parked in front of {num} {street}, never moves.",
        "There's a car under a grey cover on {street} that hasn't moved since the spring, weeds "
        "growing round the tyres.",
        "Scooter moped left on its side outside {num} {street}, no number plate, ignition broken.",
        "Someone threw two rental e-scooters into the canal by {place}, you can see them under "
        "the water.",
        "A dockless hire bike has been stuck in the hedge at {place} for weeks.",
        "Cars racing on {street} every Friday from {time}, engines screaming, someone will get "
        "killed.",
        "Cars doing doughnuts at the roundabout by {place} at night, tyre marks all over it.",
        "Car meet at the retail park on {street} every weekend, dozens of cars revving and racing "
        "out onto the road.",
        "Could the speed van come to {street}? Mornings between 7 and 9 people do 50 in a 30.",
        "We'd like to start a community speed watch on {street}. Who do we contact for the "
        "equipment?",
        "A flashing speed sign on {street} near {num} would help, drivers just don't realise how "
        "fast they are going.",
        "Speed cushions on {street} please, the road is straight and long and people treat it "
        "like a runway.",
        "A raised table at the crossing by {place} would slow cars and make it level for prams.",
        "Can we have a chicane or some planters on {street}? It's become a racetrack.",
        "We would like {street} to be made a low traffic neighbourhood. Hundreds of cars cut "
        "through to avoid the main road.",
        "The planters that closed {street} to through traffic were moved and now the rat run is "
        "back.",
        "Could the road outside the school on {street} be closed to cars at drop off and pick up "
        "like other schools?",
        "Traffic tails back from the lights at {place} to {street} every afternoon from {time}, "
        "can the timing be checked?",
        "Queue for the drive-through at {place} spills onto {street} every lunchtime, blocking "
        "both lanes.",
        "Retail park traffic queues back onto the main road on Saturdays, you cannot get out of "
        "{street}.",
        "The diversion for the bridge works sends everything down {street}, it's too narrow for "
        "two cars to pass.",
        "Road closed signs on {street} are still up two weeks after the works ended, people keep "
        "turning round.",
        "{street} closed with barriers for {days} days and no one has worked there once.",
        "Can we get a bike hangar on {street}? Most of us live in flats and keep bikes in the "
        "hallway.",
        "Please install some bike stands outside the shops at {place}, people lock to the "
        "railings.",
        "Bike racks at {stop} are full every day by 8am, need twice as many.",
        "The advance stop line at {street} lights is always full of cars, nobody respects it.",
        "Please allow cycling both ways on one-way {street}, it would save a dangerous detour "
        "round {place}.",
        "The cycle route signs at {place} stop halfway and you end up on the main road.",
        "The metal barrier at the entrance to the cycle path by {place} is too narrow for a "
        "trailer or a trike.",
        "The kissing gate on the path at {place} means you can't get through with a wheelchair or "
        "a bike with a child seat.",
        "Cyclists come flying down the shared path at {place}, no bell, and nearly knocked my "
        "daughter over.",
        "Pulling out of {street} onto the main road you can't see anything to the right because "
        "of parked vans.",
        "A car came down the slip road at {place} the wrong way last night, the no entry signs "
        "are too small.",
        "Rubber strips across {street} for a traffic count, been there {days} days. What is it "
        "for?",
        "Lorries following sat navs get stuck on the corner of {street} and {num} every week and "
        "damage the wall.",
        "Drivers leaning on their horns outside {place} at 2am when the clubs shut.",
        "Market traders' vans hooting from 5am on {street} to get through.",
        "Cars stop in the yellow box at {street} every evening and the buses can't get through.",
        "Please put a red light camera at {street} and {place}, cars jump it every single cycle.",
        "Van parked right on the zebra crossing on {street} outside {num}, kids stepping out from "
        "behind it.",
        "Location: {street} / {place}. Type: signal lamp failure. Details: red lamp out on "
        "northbound head.",
        "Category: Lines and signs. Location: {street} near {num}. Issue: give way sign missing, "
        "pole only.",
        "Request type: new disabled bay. Address: {num} {street}. Blue badge holder: yes.",
        "Issue: vehicle parked in EV bay not charging. Location: {street}. Time: {time}.",
        "Problem: temporary lights left running, no works. Where: {street}. Since: {days} days.",
        "What: abandoned moped. Where: outside {num} {street}. Notes: no plates, lock cut.",
        "Service: speed indicator device request. Road: {street}. Reason: speeding near school.",
        "Hello, the traffic signals at the junction by {place} are showing green to both the main "
        "road and the filter. Please check urgently.",
        "Good morning, could you please review the parking restrictions on {street}? The current "
        "signs contradict each other.",
        "Dear Sir/Madam, I would like to request a pedestrian crossing with lights near {place}. "
        "The road is very wide and busy.",
        "Hi, the light at {street} changes too fast for pedestrians, I am 80 and cannot make it "
        "across in time.",
        "To whom it may concern, lorries are ignoring the weight limit on {street} and the houses "
        "are shaking. Please enforce.",
        "signal not working at {place}. please fix before someone dies",
        "red light broken {street}. just amber",
        "someone nicked the no entry sign on {street} lol",
        "taxis on the double yellows AGAIN at {place}",
        "car meet in the retail park tonight. loud and dangerous",
        "why are the temp lights on {street} still there???",
        "Sir, traffic signal at {place} circle not working since morning, huge jam, no traffic "
        "police present.",
        "Autorickshaws parked on the footpath near {stop} and on the road, no space to walk. "
        "Kindly take action.",
        "Sir, heavy traffic jam near {place} daily from {time} due to wrong side driving and no "
        "signal.",
        "Kindly install speed breaker on {street} near the school, vehicles coming very fast.",
        "Illegal parking in front of my gate at {num} {street} daily, I cannot take out my "
        "vehicle. Please tow.",
        "Zebra crossing near {place} not visible, and signal timer not working. Please do the "
        "needful.",
        "Dear traffic police, trucks entering {street} during no entry hours and honking all "
        "night.",
        "Y'all need to retime the light at {street}, it's green for like 5 seconds.",
        "The stop light at {street} and {place} has been blinking red for two days. Is somebody "
        "fixing it?",
        "Folks blow through the 4-way stop at {street} all day, could we get an all-way stop sign "
        "with flashers?",
        "Can we get a no turn on red sign at {place}? Cars turning right keep hitting people in "
        "the crosswalk.",
        "Neighbor's boat trailer and RV have been on {street} since {days} days, that's against "
        "the 72 hour rule right?",
    ],
    "public_works": [
        "The whole of {street} is cracked like crazy paving, it needs resurfacing not patching.",
        "Deep ruts in the road surface on {street} from the buses, water sits in them and bikes "
        "slide.",
        "The gravel road to {place} is like a washboard, the car shakes to bits. Please grade it.",
        "Road surface on {street} has lifted in a hump after the frost, cars bounce over it.",
        "Tar is melting on {street} in this heat and sticking to shoes and tyres.",
        "Loose chippings all over {street} since the surface dressing, a stone cracked my "
        "windscreen.",
        "Steel plate over the trench on {street} rattles every time a car goes over, all night "
        "long.",
        "The road plate outside {num} {street} has moved and there's an open edge you could drop "
        "a wheel into.",
        "Drain cover on {street} is sunk about 5 cm below the road, like a pothole.",
        "Ironwork sticking up out of the new tarmac on {street}, bikes catch on it.",
        "Several cobbles missing in the square at {place}, heels get stuck and people trip.",
        "The setts on {street} are coming loose and rocking, it's noisy and dangerous for bikes.",
        "The back lane behind {num} {street} is unpaved and full of holes, the bin lorry "
        "struggles.",
        "Dust from the dirt road at {place} blows into our houses every time a car passes.",
        "Potholes in the council car park at {place}, one is huge by the pay machine.",
        "The same pothole on {street} has been filled three times this year and keeps coming back.",
        "Hole in the road next to the drain outside {num} {street}, the edge of the drain is "
        "crumbling.",
        "There's a crater on {street} near {num}, water-filled so you can't see how deep it is.",
        "The footpath on {street} just stops at {num}, then you have to walk on the road to reach "
        "{place}.",
        "The cellar cover in the pavement outside {num} {street} is cracked and moves when you "
        "step on it.",
        "Old coal hole cover on {street} is loose and rattles, someone's heel went in.",
        "The bumpy paving at the crossing on {street} has come loose, blind people rely on it.",
        "Huge puddle on the footway outside {num} {street} every time it rains, pedestrians walk "
        "in the road.",
        "Water collects at the dropped kerb at {street} and {place}, you have to step in it to "
        "cross.",
        "The lantern on top of the lamp post outside {num} {street} is hanging by its cable.",
        "Street light outside {num} {street} buzzes loudly all night, you can hear it in the "
        "bedroom.",
        "Lamp column on {street} near {num} is rusted right through at the bottom, it sways in "
        "the wind.",
        "The new LED streetlight outside {num} {street} shines straight into our bedroom, can a "
        "shield be fitted?",
        "Streetlights on {street} are so bright now it's like daylight, and the glare blinds "
        "drivers.",
        "There are no lights at all on the path from {street} to {stop}, could some be installed?",
        "The lights on the footbridge at {place} are all out, it's pitch black crossing at night.",
        "Christmas lights fixed to the lamp post on {street} are sparking in the rain.",
        "The metal tree grate outside {num} {street} has lifted on one side, it's a trip hazard.",
        "Empty tree pit outside {num} {street}, just a hole with mud and litter in it since the "
        "tree was removed.",
        "The stake on the young tree outside {num} {street} has come loose and the tie is cutting "
        "into the bark.",
        "The lime trees on {street} drip sticky sap all over our cars every summer, can they be "
        "pruned?",
        "Several ash trees along {place} look dead at the top, is it ash dieback? Branches are "
        "falling.",
        "The street tree outside {num} {street} has fungus growing at the base and the bark is "
        "peeling.",
        "The trees on {street} used to be pollarded every few years, now they're huge and block "
        "the light.",
        "The new trees planted on {street} last year are dying, nobody has watered them all "
        "summer.",
        "Ivy has grown up the lamp post outside {num} {street} and over the light.",
        "Storm debris and broken branches all along {street}, piled on the pavement.",
        "I have a pile of branches from the storm at {num} {street}, can you collect them?",
        "When is the Christmas tree collection? Ours is outside {num} {street}.",
        "Christmas trees dumped at the end of {street} since January, still there.",
        "The goalposts on the field at {place} have snapped, the crossbar is hanging down.",
        "Basketball hoop at {place} is bent and the net is gone.",
        "Tennis court at {place} has a torn net and cracks across the surface.",
        "One of the ramps at the skate park in {place} has a hole in it, a kid got his wheel "
        "stuck.",
        "The outdoor gym at {place} has two machines broken, one with a sharp exposed bolt.",
        "The fence round the ball court at {place} has a big gap, balls fly into the road.",
        "The splash pad at {place} hasn't been turned on this summer, kids are so disappointed.",
        "Paddling pool at {place} is empty and full of leaves, is it opening this year?",
        "The park gates at {place} were not unlocked this morning, joggers climbing over.",
        "Gates to {place} left open all night, cars drove in and onto the grass.",
        "Grass at the cemetery on {street} is knee high, you can't find the graves.",
        "Path in the cemetery at {place} is broken and uneven, my elderly mother fell.",
        "The memorial bench for my father in {place} has been damaged and the plaque is gone.",
        "The statue in {place} has been damaged, a piece of the base has broken off.",
        "The war memorial at {place} is covered in bird mess and moss, it needs a clean before "
        "Remembrance Day.",
        "The clock on the old town hall tower has stopped at ten past four for a week.",
        "Japanese knotweed spreading along the verge on {street}, it's coming up through the path.",
        "Giant hogweed growing next to the footpath at {place}, children walk past it every day.",
        "Ragwort all over the verge on {street}, there are horses in the field next to it.",
        "The trail at {place} is lined with poison ivy, it needs to be cut back.",
        "The raised planters on {street} are full of weeds and rubbish, nothing has been planted "
        "in them for years.",
        "Hanging baskets on {street} haven't been watered and everything in them is dead.",
        "The flower bed on the roundabout at {place} is a mess, dead plants and litter.",
        "The wooden planter outside {num} {street} has split and the soil is all over the "
        "pavement.",
        "Cars drive onto the grass verge on {street} and it's turned into a mud pit.",
        "The alley gate behind {num} {street} won't lock any more, the lock is broken.",
        "Can we get sandbags for {street}? Rain forecast tonight and the water came into our "
        "homes last time.",
        "I am 84 and can't pull my bin to the kerb. Can I get an assisted collection at {num} "
        "{street}?",
        "Our bins haven't been washed since the summer and they stink of maggots.",
        "We still haven't received our roll of recycling bags at {num} {street}.",
        "Communal bins for the flats at {num} {street} are overflowing, bags piled on the ground.",
        "The bin store at {num} {street} has been full for a week, collection missed twice.",
        "Lid of the underground container on {street} is stuck, people leave their bags next to "
        "it.",
        "The container for household waste at {place} won't open with the card, bags piling up "
        "beside it.",
        "Please collect an old TV and a microwave from {num} {street}, how do I book that?",
        "Someone dumped a load of old computers and monitors behind the shops on {street}.",
        "Paint tins and bottles of chemicals dumped on the verge on {street}, some are leaking.",
        "Broken asbestos sheets fly tipped in the lay-by on {street}, please remove safely.",
        "Two oil drums left on the verge at {place}, something leaking into the ditch.",
        "Bags of used dressings and syringes dumped by the garages on {street}.",
        "The restaurant at {num} {street} leaves its bags on the pavement all day, they split and "
        "seagulls rip them.",
        "Shop bins left out on {street} permanently, the pavement is half blocked.",
        "The bin crew spilled half our bin in the road outside {num} {street} and drove off.",
        "After collection day {street} is always covered in rubbish the bin men dropped.",
        "We got no notice that our bin day changed, now nobody on {street} knows when to put bins "
        "out.",
        "The collection calendar online says Tuesday but the lorry came Monday, so we all missed "
        "it.",
        "Paid for garden waste collection but haven't received the sticker for the bin at {num} "
        "{street}.",
        "Cigarette butts all along {street} outside the pubs, nobody sweeps.",
        "The pavement on {street} is black with old chewing gum.",
        "Takeaway boxes and cans thrown along {street} every night after the chip shop closes.",
        "Lay-by on {street} is full of fast food rubbish and bottles.",
        "Hundreds of small silver gas canisters on the grass at {place} after the weekend.",
        "Big laughing gas bottles dumped in the car park at {place}.",
        "Dog mess all along the pavement on {street}, it's disgusting with a pushchair.",
        "The path to the school on {street} is covered in dog poo, can it be cleaned?",
        "Someone uses the alley behind {num} {street} as a toilet, the smell of urine is awful, "
        "please wash it down.",
        "Human faeces in the doorway of the empty shop at {num} {street}, please clean.",
        "Car crash on {street} last night, the debris and glass are still all over the road.",
        "Broken bits of bumper and headlamp glass at the junction of {street} and {place}.",
        "Shopping trolley dumped on the pavement outside {num} {street} for a week.",
        "Three shopping trolleys in the stream at {place}, it's catching all the rubbish.",
        "Pavement on {street} is black ice this morning, two people have fallen.",
        "The public steps from {street} to {place} are a sheet of ice.",
        "The bus stop at {stop} is buried in snow, people standing in the road to wait.",
        "Snow left on the cycle lane on {street}, cyclists forced into traffic.",
        "The cycle path through {place} was not gritted, I came off on the ice.",
        "The hill on {street} hasn't been gritted and cars can't get up it.",
        "The snow plough left a pile of snow on the crossing ramp at {street}, wheelchairs can't "
        "get across.",
        "The drain grate on {street} outside {num} rattles loudly every time a car goes over.",
        "Metal grid in the gutter on {street} is broken, bike wheel went straight in.",
        "The drain in the kerb on {street} is blocked with mud and leaves, road floods.",
        "There's raw sewage going into the river at {place}, brown water and a terrible smell.",
        "The stream behind {street} smells of sewage after every rain.",
        "Every time it rains heavily the sewer on {street} overflows and our basement floods.",
        "Sewer backed up into our cellar at {num} {street}, it's coming up through the floor "
        "drain.",
        "Water pressure on {street} has been very low for {days} days, the shower barely runs.",
        "No water at {num} {street} since this morning and no notice of works.",
        "Tap water at {num} {street} is brown since the works on the main.",
        "Water from our tap smells strongly of chlorine since yesterday.",
        "The cover on the water valve in the pavement outside {num} {street} is missing, deep "
        "hole.",
        "Stopcock cover in the footpath at {street} is broken and sticks up.",
        "Water leaking from the standpipe at the allotment gate on {street}.",
        "Fire hydrant outside {num} {street} is gushing water into the road.",
        "Someone has scratched words into the glass doors of the library at {place}.",
        "The signs at the entrance to {place} are scratched and spray painted.",
        "Statue in {place} has been spray painted overnight.",
        "Tags sprayed on the slide in the playground at {place}.",
        "Graffiti on the grey box by the lights at {street}, it's getting bigger every week.",
        "The gas company dug up {street} three weeks ago and the road is still open.",
        "{street} dug up for the third time this year, different company each time, and never put "
        "back properly.",
        "The works on {street} were meant to finish last Friday, the pavement is still closed.",
        "Workers started digging outside {num} {street} this morning with no notice, our driveway "
        "is blocked.",
        "Scaffolding on {street} covers the whole pavement with no walkway, people walk in the "
        "road.",
        "A builder's skip has been on the pavement outside {num} {street} for a month, no lights "
        "on it.",
        "A dumpster on the sidewalk at {street} and {num} blocking strollers and wheelchairs.",
        "Hoarding round the building site on {street} takes the entire footway.",
        "Builders left a pile of sand and bricks on the pavement outside {num} {street}.",
        "Crash barrier on {street} by the bridge is bent out after an accident, sharp edges "
        "sticking out.",
        "The guardrail along the river path at {place} is damaged and loose.",
        "Handrail on the bridge at {place} is rusted through in two places.",
        "Pedestrian underpass at {place} flooded again, ankle deep water.",
        "Tiles are falling off the walls of the underpass at {place}.",
        "The bank of the brook behind {street} is collapsing, our fence is now hanging over it.",
        "The weir at {place} is blocked with logs and the water level is rising.",
        "The grille at the culvert entrance on {street} is blocked with branches and bags.",
        "The towpath along the canal by {place} has a big hole in it.",
        "Showers in the changing rooms at the leisure centre on {street} haven't worked for weeks.",
        "Changing rooms at the pool at {place} are filthy and one toilet is flooding.",
        "The lift at the town hall is broken, people in wheelchairs can't get to the first floor.",
        "Library toilets on {street} out of order for a month.",
        "Roof of the sports hall at {place} leaks onto the court every time it rains.",
        "The ramp at the side entrance of the town hall is cracked and a handrail is missing.",
        "Automatic door at the library on {street} stuck half open.",
        "Found crack pipes and foil on the path through {place}.",
        "Needles and foil in the stairwell of the car park on {street}, near the lift.",
        "The sharps box in the public toilets at {place} is overflowing.",
        "Location: {num} {street}. Issue: steel road plate loose. Risk: cyclists.",
        "Category: Street lighting. Problem: light trespass into bedroom. Address: {num} {street}.",
        "Type: missed collection - communal bins. Address: {num} {street}. Bins: 4 x general "
        "waste.",
        "Item: fridge freezer and mattress. Collection address: {num} {street}. Access: front.",
        "Issue: Japanese knotweed on council land. Location: verge at {street}. Size: about 10 m.",
        "Problem: drain grate rattling. Location: outside {num} {street}.",
        "What: laughing gas canisters. Where: car park at {place}. Amount: dozens.",
        "Service requested: sandbags. Address: {num} {street}. Reason: flood warning.",
        "Asset: lamp column, number on post unreadable. Location: {street} opposite {num}. Fault: "
        "lantern hanging.",
        "Dear Sir/Madam, the tree stakes and ties on {street} have been left on the young trees "
        "far too long and are damaging them.",
        "Dear council, the tennis courts at {place} are in a poor state. Could they be resurfaced "
        "this year?",
        "Hello, I would like to request a litter bin and a dog waste bin at the entrance to "
        "{place}.",
        "Good afternoon, the footpath along {street} has been dug up by the water company and "
        "left with loose gravel.",
        "To whom it may concern, the public toilets at {place} have no running water and no light.",
        "Hi, can someone please empty the grit bin at {place}? It's full of rubbish and cans "
        "instead of salt.",
        "Hi there, the alley behind {street} has not been swept in months, leaves and glass "
        "everywhere.",
        "glass all over the cycle path at {place}. flat tyre no 2 this week",
        "plate on {street} banging all night. cant sleep",
        "knotweed everywhere along {street}. who owns this",
        "dog poo outside the school gate on {street} AGAIN",
        "bins not done {street}. again. whole row",
        "tar melting on {street} lol",
        "Sir, garbage not lifted from our colony near {place} for {days} days, stray dogs "
        "spreading it on the road. Kindly clear.",
        "Drainage overflowing on {street}, dirty water on the road since two days. Please send "
        "workers.",
        "Nalla near {num} {street} is choked with plastic, water entering houses when it rains.",
        "Street light fused in front of {num} {street}, entire lane dark, ladies afraid to walk.",
        "Road dug for pipeline and left like that on {street}, two-wheelers falling daily.",
        "Kachra bin near {place} overflowing, nobody coming to clear. Mosquito breeding also.",
        "Manhole open on {street} near {place}, no cover, very dangerous for children.",
        "Pipeline leakage on {street}, drinking water wasting on road for {days} days.",
        "Footpath tiles broken on {street}, senior citizens facing problem while walking.",
        "Trees not trimmed on {street}, branches touching electric wires. Please do the needful.",
        "Hey, the storm drain at {street} and {place} is backed up again, whole intersection is a "
        "lake.",
        "There's a big sinkhole-ish dip in the alley behind {num} {street}, getting deeper.",
        "The city mowed the park at {place} but left all the clippings on the path and in the "
        "playground.",
        "Could someone pick up the brush pile at the curb at {num} {street}? It's been there 3 "
        "weeks.",
        "Sprinklers at {place} running in the middle of a rainstorm and flooding the path.",
        "Irrigation line broken in the median on {street}, water shooting up.",
        "Bleachers at the ballfield in {place} have a broken board.",
        "Dugout roof at the field in {place} is caving in.",
        "Trash cans in the park at {place} have no lids and raccoons pull everything out.",
        "Sidewalk along {street} is heaved up by about 3 inches at {num}, I'm amazed no one has "
        "sued.",
        "The curb along {street} is crumbling and the gutter is full of chunks.",
        "Somebody dumped a recliner and a bunch of trash bags in the alley behind {num} {street}.",
        "The yard waste bags I put out at {num} {street} were left behind with no note.",
        "Bottle bank at {place} hasn't been emptied since before the holidays, bottles smashed "
        "all over.",
        "Clothes bank on {street} has bags ripped open and clothes all over the car park.",
        "Recycling lorry came but tipped the blue bins into the general waste truck on {street}. "
        "What is the point?",
        "The park fence by the pond at {place} has a gap and toddlers can get to the water.",
        "Bollard on the pavement outside {num} {street} has been knocked flat and bent.",
        "Street furniture on {place} square in bad shape, benches rusty, bins broken.",
        "The boardwalk at {place} has rotten planks, one gave way under me.",
        "Wooden steps on the nature trail at {place} are rotten and slippery.",
        "The public drinking tap at the cemetery on {street} is broken, no water for flowers.",
        "Public toilet at {place} has had its door kicked in and can't be locked.",
        "Fountain at {place} is spraying onto the path because the nozzle is broken.",
        "The lake in {place} is full of floating plastic, bottles and a traffic cone.",
        "Ditch by {street} full of silt, our gardens flood from it every winter.",
        "Rubbish piled behind the shops on {street} has been there so long it's growing weeds.",
        "Wheelie bin was taken by the crew and never returned to {num} {street}.",
        "Our food caddy was cracked by the collectors at {num} {street}, can we get a new one?",
        "The salt spreader only did the road, the pavements on {street} are still lethal.",
        "The snow bank from the plough at {street} blocks the crosswalk and the bus stop.",
        "The leaves from the trees in {place} have clogged the drains on {street}, water pouring "
        "over the kerb.",
        "Mud and gravel washed onto {street} from the building site at {num} after the rain.",
        "The broken glass on the pavement outside {num} {street} was from a bus shelter smash, "
        "please sweep it up.",
    ],
    "transit": [
        "Leaves on the line again? It's October every year, how is this still a surprise. {train} "
        "35 late.",
        "Points failure at {stop} for the third morning running. Whole line at a standstill.",
        "Overhead wire problem near {stop} and we've been sat on {train} for an hour, no power, "
        "no lights.",
        "{train} has a fault and is crawling at 20 mph. Will it actually reach {stop} today?",
        "Trespass on the line apparently. Fair enough but why does nobody tell the people stuck "
        "on the platform?",
        "{train} didn't stop at {stop} even though it's in the timetable. I had to go on and come "
        "back.",
        "The {time} is supposed to call at {stop} but it went straight through. No announcement, "
        "nothing.",
        "Short platform at {stop}, the back two coaches didn't open and nobody told us to move "
        "forward. Missed my stop.",
        "Engineering works overran AGAIN, no trains from {stop} until lunchtime on a Monday.",
        "Every weekend the line to {stop} is closed for works and the replacement bus takes twice "
        "as long.",
        "Paid for first class on {train}, it was declassified and full of people standing in it. "
        "Want part of my fare back.",
        "Luggage racks on {train} full, suitcases blocking the aisle and the doors. Fire risk.",
        "Booked a bike reservation on {train} and the bike space was full of prams and bags. "
        "Guard shrugged.",
        "None of the plug sockets in coach C work on {train}, 4 hour journey, laptop dead.",
        "Tray table in seat 34 coach D on {train} hanging off, seat won't recline either.",
        "Someone vaping non stop in the carriage on the {time} from {stop}. Staff didn't do "
        "anything.",
        "Guy with a speaker playing music out loud in the quiet coach of {train}. Where is the "
        "guard?",
        "Can I take my dog on the train? Medium size, would it need a ticket?",
        "Tatkal booking failed at 10:00 sharp but money debited from account. Transaction pending "
        "{days} days. Please refund.",
        "Chart not prepared for {train} even 2 hours before departure, waiting list passengers in "
        "confusion.",
        "Coach position display at {stop} not working, passengers running up and down the "
        "platform for {train}.",
        "E-catering order placed for {train}, not delivered at {stop}, amount not refunded.",
        "Bedroll not provided in coach A1 of {train}. Attendant says stock finished. Please help.",
        "Blanket given in 2AC of {train} is dirty and smelling. Kindly provide clean bedroll.",
        "Male passengers occupying ladies compartment in {train}, no staff to remove them. Kindly "
        "send RPF.",
        "My father is 72 and was given an upper berth on PNR {train}. Requested lower berth. "
        "Please help.",
        "General coach of {train} so crowded people hanging at the door. Please attach more "
        "coaches.",
        "Passengers drinking and misbehaving in coach S6 of {train}, families scared. Please send "
        "security.",
        "No water in toilets of coach B2 of {train} since {stop}. Please fill at next station.",
        "Bus on route {line} didn't lower itself at {stop}, my mother with a walker couldn't step "
        "up.",
        "Driver on the {line} said he had no change for a note and told me to get off.",
        "Why does the {line} bus still say exact fare only? Who carries coins?",
        "Driver of the {line} refused my bus pass at 9.20, said concessions start at 9.30, but "
        "the timetable changed.",
        "The bus stop pole at {stop} is gone, buses don't know where to stop and we don't know "
        "where to wait.",
        "The seat inside the shelter at {stop} was taken out and never put back.",
        "Advert panel on the shelter at {stop} smashed, glass all over the seat.",
        "The light in the shelter at {stop} has been off for weeks, you can't read the timetable "
        "after 4pm.",
        "School bus for {street} didn't come this morning, kids waited 40 minutes in the rain.",
        "The school bus driver on route {line} drives past the pickup at {stop} if nobody is "
        "standing right at the sign.",
        "Booked dial-a-ride for my mum's hospital appointment at {time}, nobody came.",
        "Paratransit van showed up an hour late and then refused to wait while I got my coat.",
        "Park and ride buses full at 8 every morning, the car park is packed and we all stand.",
        "Park and ride at {place} closed with no notice, hundreds of us had nowhere to park.",
        "Airport shuttle from {stop} didn't show, nearly missed my flight.",
        "Coach to the airport cancelled with one hour notice, got an email saying sorry. Sorry "
        "doesn't catch a plane.",
        "Tram doors on line {line} stuck open at {stop}, tram taken out of service and we all had "
        "to wait.",
        "The platform at {stop} tram stop is so low you can't get a pushchair on without lifting.",
        "Display at {stop} tram stop shows trams in 2 minutes for 15 minutes.",
        "Turnstile at {stop} took my fare and didn't open. Staff not there.",
        "Tapped out at {stop} and got charged as if I'd gone to the end of the line.",
        "I got an incomplete journey charge because the reader at {stop} didn't beep. I tapped "
        "in. Please refund.",
        "Charged maximum fare yesterday when I only went 3 stops on line {line}.",
        "Top up machine at {stop} only takes cash and there's no cashpoint nearby.",
        "Travel card won't top up online, it says an error every time. Support doesn't answer.",
        "The main entrance to {stop} station closed with no sign, we all had to walk round the "
        "block.",
        "Exit at {stop} locked after 9pm, had to go all the way back to the other end.",
        "Platform screen doors at {stop} didn't open at one carriage, people trapped and "
        "panicking.",
        "The gap between the train and the platform at {stop} is huge, my kid's leg went down it.",
        "Can't hear a single announcement at {stop}, the tannoy just crackles.",
        "No staff anywhere at {stop} tonight, the lift was broken and a woman in a wheelchair was "
        "stuck.",
        "Ticket office at {stop} was supposed to be open till {time} but it was closed and nobody "
        "around.",
        "Complained about the {line} on the website {days} days ago, got a reference number and "
        "then silence.",
        "Your chatbot keeps sending me the same link. I want to speak to a person about my refund.",
        "On hold for 55 minutes to your customer line and then it cut off.",
        "Lost a brown leather wallet on {train} yesterday, how do I contact lost property?",
        "Left my child's teddy on the {line} tram this afternoon, she can't sleep without it. Has "
        "it been handed in?",
        "Booked passenger assistance for {train} at {stop}, nobody came, I was left on the train "
        "with my wheelchair.",
        "Man sat in the priority seat on the {line} and refused to move for a pregnant woman. "
        "Driver said nothing.",
        "Bus driver on the {line} refused my guide dog. That is illegal.",
        "My mobility scooter was refused on the {line} even though I have the permit card.",
        "Fare cap didn't apply this week, I paid more than the weekly price. Please check my "
        "account.",
        "My 10 year old was charged an adult fare at {stop} because the gate read her card wrong.",
        "Your app charged me for two tickets when I bought one, and the second doesn't show "
        "anywhere.",
        "QR code on my mobile ticket wouldn't scan at the gates at {stop}, staff made me buy "
        "another.",
        "Mobile ticket wouldn't load on the train, no signal, and the conductor fined me.",
        "My railcard discount didn't apply in the app even though it's saved in my account.",
        "Penalty fare at {stop} because the machine wouldn't take my card. Appealing, this is "
        "ridiculous.",
        "Got fined on tram {line} because the validator at {stop} was broken. How do I appeal?",
        "Conductor on the {time} refused my off peak ticket saying the train counts as peak. The "
        "website says otherwise.",
        "The clock on platform 1 at {stop} is 8 minutes wrong, people are missing trains.",
        "Waiting room at {stop} locked all day, minus 3 outside and nowhere to sit.",
        "The canopy on platform 2 at {stop} leaks so badly there's a waterfall onto the bench.",
        "Lift to the footbridge at {stop} station out of order again, can't cross to the other "
        "platform with a buggy.",
        "Station car park at {stop} is full by 7am, need more spaces or a better bus connection.",
        "Pay machine in the station car park at {stop} is broken, and the app doesn't list the "
        "car park.",
        "Bike storage at {stop} full and half of it is dead bikes. Please clear it.",
        "{train} was 3 minutes late and the connection at {stop} left on time anyway. Next one is "
        "in an hour.",
        "The {line} leaves {stop} 2 minutes before the train arrives, so everyone who gets off "
        "the train waits 30 minutes.",
        "New timetable on the {line} is worse than the old one, now no bus between 10 and 12.",
        "Route {line} has been cut back and no longer serves {stop}, the only bus for the estate.",
        "Service on the {line} reduced to every 30 minutes, buses are rammed.",
        "The {line} bus terminated at {stop} and put us all off, said it was running late.",
        "Tram {line} turned back at {stop} again tonight, everyone walking the rest.",
        "The {line} is on diversion all week and the temporary stops aren't marked.",
        "Driver pulled away while I was still tapping my card, I fell into the luggage rack.",
        "The {line} driver was eating a sandwich and steering with one hand through {street}.",
        "Pressed the bell three times, driver ignored it and went past {stop}.",
        "Old high floor bus on route {line} today, no ramp, wheelchair users left behind.",
        "Metro doors close so fast at {stop} my bag got caught and the train started moving.",
        "It must be 35 degrees in the metro carriages on line {line}, someone fainted.",
        "Metro line {line} so packed at {time} I let 4 trains go before getting on.",
        "Half the lights are off in the carriage on {train}, you can't read.",
        "Doors on {train} kept opening and closing at every station, 20 minutes lost.",
        "The trains on this line are older than me, broken heaters, rattly windows, nothing works.",
        "Only 2 coaches on the {time} from {stop} again, standing all the way.",
        "The {time} from {stop} is late literally every day, what's the point of a timetable?",
        "Route: {line}. Stop: {stop}. Time: {time}. Problem: bus did not kneel, passenger with "
        "walker couldn't board.",
        "Station: {stop}. Issue: lift to platform 2 out of order. Impact: no step free access.",
        "Ticket type: weekly. Issue: fare cap not applied. Card used on line {line}.",
        "Train: {train}. Coach: B1. Issue: AC and lights not working.",
        "Lost item: black backpack. Vehicle: tram {line}. Approx. time: {time}.",
        "Complaint: passenger assistance not provided. Service: {train}. Station: {stop}.",
        "Dear customer services, I am still waiting for a reply to my complaint about the {line} "
        "driver, submitted {days} days ago.",
        "Hello, could you tell me whether the park and ride at {place} will run during the "
        "holidays?",
        "Good morning, I would like to request a shelter at the {stop} stop, it is used mainly by "
        "elderly residents.",
        "To whom it may concern, the train I booked a bicycle space on had no bicycle space at "
        "all.",
        "Hi, my season ticket renewal was taken from my account twice this month. Please refund "
        "one payment.",
        "leaves on the line lol every year",
        "{train} sat outside {stop} AGAIN",
        "tapped in at {stop} and charged £ max fare wtf",
        "metro so hot today on line {line}",
        "bus didnt kneel, mum stuck at {stop}",
        "school bus no show again {street}",
        "gates at {stop} not working and no staff. queue to the street",
        "why does the {line} leave just before the train gets in every time",
        "Hey transit, the {line} has been ghosting {stop} all week. Is it still running?",
        "Y'all really gonna raise fares and still run the {line} every 40 minutes?",
        "The subway station at {stop} has one working turnstile and a line out the door.",
        "The light rail at {stop} was 15 mins late and the sign just said DELAYED with no time.",
        "Commuter rail {train} sat in the yard for 20 min, conductor said crew shortage.",
        "Bus operator on the {line} was awesome today, but the bus AC was dead. Please fix the AC.",
    ],
    "communication": [
        "The heat pump next door at {num} {street} hums right outside our bedroom window all "
        "night.",
        "The extractor fan at the takeaway on {street} runs until 2am and it drones through the "
        "walls.",
        "The flat above me at {num} {street} put down laminate and now every footstep sounds like "
        "a drum.",
        "Neighbour downstairs runs the washing machine and the dryer at midnight every night, the "
        "floor vibrates.",
        "Karaoke at {num} {street} every Friday and Saturday until 3am, off key and very loud.",
        "Busker on {street} with an amplifier playing the same five songs all day outside our "
        "office.",
        "Street preacher with a loudspeaker outside {place} every Saturday from 10 till 4.",
        "Someone is flying a drone over our back gardens on {street}, hovering by the windows. Is "
        "that allowed?",
        "The planes over {street} start at 5am and carry on past midnight, is there a night limit?",
        "The wind turbine behind {place} makes a whooshing thump all night, especially when it's "
        "windy.",
        "Neighbour at {num} {street} has been doing DIY every evening for eight months, drilling "
        "till 10pm.",
        "Screaming and slamming doors from the flat next door at {num} {street} every night, I'm "
        "worried but also can't sleep.",
        "Terrible chemical smell from the factory near {place} every evening, makes my eyes water.",
        "Neighbour's wood burner at {num} {street} fills our garden with thick smoke, we can't "
        "open the windows.",
        "Chimney smoke from {num} {street} pours into our kids' bedroom every evening.",
        "Neighbour barbecues every single night and the smoke comes straight into our flat at "
        "{num} {street}.",
        "Strong cannabis smell coming from the flat below at {num} {street}, it's in our kids' "
        "clothes.",
        "The smell of fish from the restaurant vents on {street} is unbearable in summer.",
        "Dust from the demolition at {num} {street} covers our cars and windows, they don't spray "
        "water at all.",
        "Is the air quality on {street} monitored? My son's asthma is much worse since we moved "
        "here.",
        "Neighbour's security floodlight at {num} {street} shines straight into our bedroom all "
        "night.",
        "The new digital billboard at {place} is so bright it lights up our living room at "
        "midnight.",
        "Lost dog near {place}, small white terrier called Bobby, red collar. Please share.",
        "Our cat went missing from {num} {street} three days ago, ginger, very friendly. Has "
        "anyone seen him?",
        "Found a black labrador wandering on {street}, no tag. She's in our garden now, what do "
        "we do?",
        "We moved house, how do I update my dog's microchip and registration with the city?",
        "Two cows have escaped onto {street} from the farm and are walking down the middle of the "
        "road.",
        "Horses loose on the road near {place} again, the fence of the field is broken.",
        "Sheep all over the lane by {place}, somebody's gate must be open.",
        "Stray cattle sitting in the middle of {street} every evening, causing accidents. Please "
        "take them to the pound.",
        "Monkeys entering houses in our colony near {place}, snatching food and scaring children. "
        "Kindly send the forest department.",
        "Pack of street dogs near {place} chasing two-wheelers at night, my son fell off his bike.",
        "A stray dog bit a child near {num} {street} this morning. Please catch the dogs and "
        "vaccinate them.",
        "The geese at {place} are hissing and chasing small children near the pond.",
        "Deer from the woods are eating every plant in the gardens on {street}.",
        "A bear knocked over our trash cans on {street} again last night, is anyone tracking it?",
        "Badgers have dug up the whole lawn at {num} {street}, can the council help?",
        "I think someone is breeding dogs for fighting at {num} {street}, dogs with scars and "
        "lots of barking at night.",
        "House at {num} {street} has dozens of puppies in crates in the garage, looks like a "
        "puppy farm.",
        "The pet shop on {street} keeps rabbits in tiny dirty cages in the window in full sun.",
        "The horses pulling carriages at {place} are working in this heat with no water.",
        "Found an injured hedgehog in our garden at {num} {street}, who can take it?",
        "Ants coming into the kitchen of every flat at {num} {street}, the building manager says "
        "it's our problem.",
        "Flea infestation in our rented flat at {num} {street}, the last tenants had cats.",
        "Found three ticks on my son after playing in the long grass at the back of {street}. Is "
        "there a warning?",
        "Termite damage in the wooden frame of our house at {num} {street}, does the city do "
        "inspections?",
        "Flies everywhere from the neighbour's compost heap at {num} {street}, hundreds in our "
        "kitchen.",
        "Maggots coming out from under the floorboards in our flat on {street}.",
        "Moths have eaten half our clothes, the whole building at {num} {street} has them.",
        "Squirrels have got into our loft at {num} {street}, scratching all night.",
        "Gulls nesting on the roof of {num} {street}, they dive at us when we go out the front "
        "door.",
        "Caterpillar nests on the oak trees at {place}, my daughter came out in a rash.",
        "I think I saw an Asian hornet near {num} {street}. Who should I report it to?",
        "Please do fogging in our colony near {place}, so many mosquitoes, two cases of dengue in "
        "our lane.",
        "Mosquito larvae in the water tank of the empty building at {num} {street}.",
        "Bedbugs in the hotel on {street}, I woke up covered in bites.",
        "Silverfish in our bathroom and kitchen at {num} {street}, landlord says it's normal.",
        "Rabbits have made burrows all under the gardens on {street}.",
        "Mole hills all over our lawn at {num} {street}, is there a service for that?",
        "The house at {num} {street} is rented room by room to at least ten people, bins "
        "overflowing and cars everywhere. Is it a licensed HMO?",
        "Twelve people seem to be living in a three bedroom house at {num} {street}, mattresses "
        "in the garage.",
        "My landlord is illegally subletting my flat on {street} when I'm away, I found "
        "strangers' things.",
        "My landlord keeps turning up unannounced at {num} {street} and threatening us if we "
        "complain.",
        "Moved out of {num} {street} two months ago and the landlord still hasn't returned my "
        "deposit.",
        "My rent is going up 20 percent from next month. Is there anything I can do?",
        "How long is the waiting list for a council flat? I have two kids and live with my "
        "parents.",
        "I'm going to lose my flat at the end of the month. Where do I go to apply as homeless?",
        "How do I apply for housing benefit? I've just lost my job.",
        "My landlord has never shown us a gas safety certificate for {num} {street}. Is that "
        "legal?",
        "No smoke alarms at all in our rented house at {num} {street}, landlord says we should "
        "buy them.",
        "Carbon monoxide alarm keeps going off in our flat at {num} {street}, the landlord says "
        "it's faulty.",
        "The lift in our council block at {num} {street} has been broken for {days} days, I live "
        "on the 9th floor with a bad hip.",
        "Lights in the stairwell of our building at {num} {street} are all out, we use phone "
        "torches.",
        "The main door to our block at {num} {street} doesn't close, strangers sleep in the "
        "hallway.",
        "Intercom at {num} {street} hasn't worked for months, couriers can't reach us.",
        "The rubbish chute in our tower block on {street} is blocked and the bags are piling up "
        "inside.",
        "Our block at {num} {street} has the same type of cladding that was in the news. Has it "
        "been checked?",
        "Is there a grant for insulating our loft? We live at {num} {street}.",
        "I can't pay my energy bill this winter, is there any help from the council?",
        "The fence between our garden and {num} {street} has blown down and the neighbour refuses "
        "to fix it.",
        "The big tree in the garden of {num} {street} is leaning over our house, the owner won't "
        "do anything.",
        "Neighbour's leylandii hedge at {num} {street} is 6 metres tall, we have no sun at all.",
        "Neighbour at {num} {street} moved the fence two feet onto our land. Who do we contact?",
        "Huge advertising banner hanging on the front of {num} {street} for months, is there "
        "permission?",
        "Neighbour put a shipping container in the front garden at {num} {street} and runs a "
        "business from it.",
        "Someone is living in a caravan on the driveway at {num} {street}, it's been months.",
        "Family living in a garden shed behind {num} {street}, no toilet, small children.",
        "Neighbour at {num} {street} has a swimming pool with no fence, our toddler could get in.",
        "They are digging a basement under {num} {street} and our wall has cracked.",
        "The flat at {num} {street} is rented nightly to tourists, suitcases at all hours, "
        "parties every weekend.",
        "Neighbour at {num} {street} concreted the whole front garden and now our basement floods.",
        "Someone cut down the big protected oak at {num} {street} this morning. Did they have "
        "permission?",
        "The old shopfront at {num} {street} is listed and they've just ripped out the windows.",
        "They are knocking down the house at {num} {street} without any notice or fences.",
        "How do I object to the planning application for flats at {place}?",
        "Do I need planning permission for a loft conversion at {num} {street}?",
        "Neighbour running a dog grooming business from home at {num} {street}, dogs barking and "
        "vans all day.",
        "Three junk cars and a boat in the back yard at {num} {street}, rats living in them.",
        "Scrap metal piled in the front garden of {num} {street}, neighbour collects it to sell.",
        "People smoking indoors at the pub on {street} after 10pm, the staff join in.",
        "Tattoo shop at {num} {street} reusing needles, a friend got an infection there.",
        "Strong fumes from the nail salon at {num} {street} coming into our flat upstairs.",
        "Is there a legionella check for the cooling towers at the office on {street}? There's "
        "been a case.",
        "We still have lead water pipes in our house at {num} {street}. Does the city help "
        "replace them?",
        "Neighbours are removing asbestos roof sheets at {num} {street} with no masks, dust "
        "everywhere.",
        "How do I find the food hygiene rating of a takeaway on {street}?",
        "Man selling hot food from a van at {place} with no licence and no sink.",
        "Street food stall by {stop} cooking on the pavement with a gas cylinder.",
        "The off licence on {street} sells alcohol to kids in school uniform.",
        "The shisha lounge at {num} {street} is open until 4am, smoke and noise pour out.",
        "Shoplifters hit our store on {street} every day, police don't come.",
        "Someone keyed every car on {street} last night.",
        "Catalytic converter stolen off my car outside {num} {street} overnight, third on our "
        "road.",
        "Got a call claiming to be the council asking for my bank details to refund my council "
        "tax. Is it real?",
        "Man knocking on doors on {street} offering roof repairs for cash, he conned my neighbour.",
        "Cold callers selling solar panels on {street} every day, very pushy with old people.",
        "Found a large knife in the bushes at {place}, I didn't touch it.",
        "Heard what sounded like gunshots near {place} at {time}.",
        "I think the woman at {num} {street} is being hurt by her partner, I hear screaming. What "
        "can I do?",
        "Two small children left alone in the flat at {num} {street} all day, crying.",
        "My elderly neighbour's carer at {num} {street} is taking her money, I'm sure of it.",
        "My uncle went missing from {street} this morning, he has dementia. Who do we contact?",
        "Aggressive beggars at the cashpoint on {street}, following people and shouting.",
        "Pickpockets working the crowds at {place}, three people in our group robbed.",
        "Cars slowing down next to women walking on {street} late at night, kerb crawling.",
        "Young people inhaling gas from balloons in parked cars on {street} every night, then "
        "driving off.",
        "Vandals smashed all the car windows on {street}, and broke our garden lights.",
        "We want to hold a street party on {street} for the jubilee. How do we apply?",
        "How far in advance do we need to apply for a block party permit for {street}?",
        "What permit do we need to hold a small music event at {place}?",
        "I'm a student filming a short movie on {street}, do I need a permit?",
        "Do I need a licence to busk at {place}?",
        "How do I get a stall at the Saturday market at {place}?",
        "We want to put four tables outside our cafe on {street}. What licence do we need?",
        "How long does a liquor licence take for a new restaurant at {num} {street}?",
        "Do I need a permit to fish in the lake at {place}?",
        "How long is the waiting list for an allotment? I live on {street}.",
        "How much does a burial plot cost at the cemetery on {street}?",
        "Can we hire the community hall at {place} for a birthday party?",
        "How do I book a football pitch at {place} for Sunday mornings?",
        "Can we book the registry office for a wedding ceremony in June?",
        "I think my house at {num} {street} is in the wrong council tax band. How do I appeal?",
        "I live alone at {num} {street}, how do I get the single person discount?",
        "Can I get council tax reduction? I'm a carer on a low income.",
        "My business rates bill for the shop at {num} {street} doubled. Why?",
        "The property assessment on {num} {street} is way too high, how do I appeal?",
        "My water bill is three times what it was last year and nobody lives there during the "
        "week.",
        "Do guests staying at my B&B have to pay a tourist tax?",
        "I overpaid my tax and was told I'd get a refund months ago.",
        "How do I set up a direct debit for council tax?",
        "Our tax bill still has the previous owner's name on it.",
        "How do I book an appointment for a new ID card?",
        "How do I extend my residence permit? It expires next month.",
        "I've moved to {num} {street}, how do I register my new address?",
        "My father died yesterday. How do I register the death?",
        "Need a copy of my mother's death certificate for the bank.",
        "Our baby was born last week, where do we register the birth?",
        "When is the next citizenship ceremony at the town hall?",
        "How do I get an apostille on my birth certificate?",
        "How do I get a certificate of good conduct for a new job?",
        "Applied for a ration card {days} days ago, status still pending. Kindly update.",
        "How do I renew the trade licence for my shop on {street}?",
        "Mutation of property at {num} {street} pending for months, kindly expedite.",
        "Khata transfer for our flat still not done after {days} days, officials asking for money.",
        "How to apply for income certificate online? Website not opening.",
        "The lady at the council tax counter was very rude and refused to look at my papers.",
        "Called the council five times this week, each time someone hung up on me.",
        "Sent three emails about my housing application and got no reply. Does anyone read them?",
        "A council van was speeding and on the phone on {street} this morning, nearly hit a child.",
        "The council worker at the recycling centre shouted at my elderly father.",
        "Your reporting app won't let me attach a photo, it crashes every time.",
        "The council website has been down all day, I can't pay or report anything.",
        "My report was closed as fixed but nobody has been. I want to complain about how it was "
        "handled.",
        "My case officer promised to call back {days} days ago and never did.",
        "Just wanted to say thank you to everyone at the council for a great year.",
        "Cheers to the crew who cleared {street} after the storm, you lot are legends.",
        "Kudos to the team at the library on {street}, always friendly.",
        "Massive shoutout to the parks team at {place}, it's never looked better.",
        "Hats off to the guys who fixed the drain on {street} in the pouring rain.",
        "Props to whoever planted the wildflowers along {street}, so many bees.",
        "Thank you for the new bench outside {num} {street}, my mum can rest on her way to the "
        "shops.",
        "The graffiti on {street} was gone two days after I reported it. Brilliant, thank you.",
        "Drain on {street} cleared within a day, no more lake outside our door. Thanks!",
        "Thank you to the bin crew on {street} for putting the bins back by the gate instead of "
        "in the road.",
        "The new crossing on {street} is great, my kids can walk to school now. Thank you.",
        "Thanks for sorting out the bus stop at {stop} so quickly. Appreciated.",
        "How do I apply for a primary school place for my daughter?",
        "We didn't get our first choice of school, how do I appeal?",
        "I got a jury summons but I'm a single parent, who do I speak to?",
        "I have a library fine from years ago, can I still borrow books?",
        "I want to make a freedom of information request about the budget for {place}.",
        "How do I get a copy of all the data the council holds about me?",
        "My mum needs help at home after a fall, who do I contact about social care?",
        "How do I sign up my dad for meals on wheels?",
        "Power cut on {street} since {time}, is the council aware?",
        "Strong smell of gas outside {num} {street}, who do I call?",
        "There's a plan for a phone mast next to the school on {street}, how can we object?",
        "Who is the councillor for {street}? I want to raise something with them.",
        "My councillor hasn't answered a single email in a year.",
        "The council is corrupt, contracts always go to the same friends.",
        "Another waste of taxpayers' money on consultants.",
        "Please sign our petition to save the library at {place}.",
        "I filled in the consultation about {place} and never heard anything back.",
        "Protest at {place} on Saturday at noon, join us.",
        "Buy 10k followers cheap, DM now.",
        "Fast loans, no credit checks, apply today.",
        "Amazing investment opportunity, double your money in a week.",
        "Click to claim your free gift card before midnight.",
        "Morning all, beautiful sunrise over {place} today.",
        "Raining again. Of course it is.",
        "What a view from the top of {place} this evening.",
        "Anyone else awake at this hour?",
        "Happy Diwali to everyone in the city.",
        "Eid Mubarak to all our neighbours on {street}.",
        "Merry Christmas and happy new year to all the council staff.",
        "Come on the team, big match tonight!",
        "ok thx",
        "Noise from the construction site on {street} starts at 6am with the beeping of reversing "
        "trucks, can the hours be enforced?",
        "Rats running between the recycling containers at {place}, the containers are fine, it's "
        "the rats that scare us.",
        "Group of men drinking and dealing near the bus shelter at {stop} every night, we are "
        "scared to wait there.",
        "People sleeping rough in the station underpass at {stop}, one looked very ill last night.",
        "Someone has been camping in the bushes by the bike lane on {street} for weeks, he needs "
        "help.",
        "A fox with mange keeps sleeping under the slide in {place}, is someone able to help it?",
        "Dead seagull in the middle of the cycle lane on {street}.",
        "Dead rat on the platform steps at {stop}.",
        "The park at {place} is lovely now, but every night there's a party with speakers until "
        "2am.",
        "Pigeons nesting under the railway bridge on {street}, people getting hit with droppings.",
        "Thanks to the council for fixing the pothole on {street}, my back thanks you.",
        "Sir, loud DJ music at marriage hall near {place} till 1 am daily. Kindly take action.",
        "Sir, unknown persons consuming liquor in the park near {place} every night. Kindly send "
        "police patrolling.",
        "Neighbor's dog poops in my yard every day and they laugh about it, who enforces this?",
        "The Airbnb next door at {num} {street} had a party with 50 people last night, cars on my "
        "lawn.",
        "How do I get a permit for a yard sale on {street}?",
        "Is the city hiring lifeguards for the summer?",
        "When does early voting start and where can I vote near {street}?",
    ],
}
