"""Code that runs inside the user's interpreter: the sandbox server (driver.py) and the
probes. It imports only the standard library and torch, never autograd_lint."""
