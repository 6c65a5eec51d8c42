"""`python -m autograd_lint` runs the same CLI as the `autograd-lint` script."""

from autograd_lint.cli import main

if __name__ == "__main__":
    main()
