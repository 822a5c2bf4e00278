"""The command line: the GUI by default, subcommands for maintainers and scripts."""
