"""One module per full screen; the modal dialogs that open over them are in `tui/dialogs/`."""
