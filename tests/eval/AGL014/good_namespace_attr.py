import argparse

import torch

parser = argparse.ArgumentParser()
parser.add_argument("--require_grad", action="store_true")
args = parser.parse_args([])
args.require_grad = True
w = torch.ones(2, requires_grad=args.require_grad)
print(w)
