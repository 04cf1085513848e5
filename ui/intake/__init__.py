"""The intake area of the GUI (issue 15): the 12345 import dialog."""
