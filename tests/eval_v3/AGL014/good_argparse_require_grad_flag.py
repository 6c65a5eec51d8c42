import argparse

import torch

parser = argparse.ArgumentParser()
parser.add_argument("--require-grad", action="store_true")
args = parser.parse_args(["--require-grad"])
w = torch.ones(3, requires_grad=args.require_grad)
w.sum().backward()
print(w.grad)
