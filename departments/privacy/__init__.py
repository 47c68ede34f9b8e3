"""Privacy by design (issue 16): what the city holds on one resident, exported or erased on
request (subjects), and the nightly retention that empties raw payloads and pseudonymises
residents once their case has been closed long enough (retention). Both keep every row, id,
timestamp, status and count, so that reports on past weeks do not change; only personal
fields are replaced."""
