import argparse

import torch
import torch.nn as nn

parser = argparse.ArgumentParser()
parser.add_argument("--zero-grads", dest="zero_grads", action="store_true")
parser.add_argument("--backwards", action="store_true")
args = parser.parse_args(["--zero-grads"])

torch.manual_seed(0)
model = nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for _ in range(2):
    if args.zero_grads:
        opt.zero_grad()
    model(torch.randn(4, 3)).sum().backward()
    opt.step()
print(args.backwards)
