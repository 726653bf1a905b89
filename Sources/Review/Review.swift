// The Review module: see README.md for its place in the architecture.
