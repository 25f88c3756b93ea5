"""The ``irm`` command: check the proof, review contact records, say what to offer next.

``irm check`` applies the site build's coverage gate to a results file without building the site;
``irm review`` reviews completed contacts ([contact records][irm_model.records]) as an IRM
1.4.20.20(1) work reviewer would; ``irm next`` says what to do next on a contact in progress.
Each command is a module here; [irm_cli.cli][] reads the command line.
"""
