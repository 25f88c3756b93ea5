"""The built site (``site/``) in a real Chromium: accessibility, offline, links, keyboard, screenshots."""
