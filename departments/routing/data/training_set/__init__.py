"""The code that writes ../training.csv from the vocabulary in ../vocabulary/*.yaml.

vocabulary.py reads the YAML files, post.py fills one post's slots, compose.py decides what kind
of post to make (an issue in a register, a free template, two problems, a report) and roughen.py
makes it look typed on a phone. ../build_training_set.py is the command that runs them.
"""
