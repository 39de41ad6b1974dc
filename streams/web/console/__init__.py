"""The web console's static files (index.html, console.js, console.css), served by
streams/web/console_routes.py; package data, no build step."""
