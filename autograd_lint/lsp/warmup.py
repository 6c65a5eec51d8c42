"""Pay the first lint's one-time costs when the server starts, not on the user's first open.

The first lint in a process compiles the rules' patterns, fills the analysis's per-node-class
tables (tree.py reads libcst's type hints once per class) and the rules' caches, and the
first conversion to diagnostics warms the protocol path: the first `didOpen` of a 1,000-line
file took ~130 ms longer than every later one (benchmarks/lsp_latency.py). A short training
script with typical mistakes is linted and converted before the server reads its first
message, while the editor is still starting it.
"""

from __future__ import annotations

import logging

from pygls.workspace.position_codec import PositionCodec

from autograd_lint.config import Config
from autograd_lint.engine import lint_source
from autograd_lint.lsp.diagnostics import convert

SAMPLE = '''import torch
from torch import nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(4, 2)
        self.scale = nn.Parameter(torch.empty(2))

    def forward(self, x):
        h = torch.sigmoid(self.fc(x))
        h *= self.scale
        return h


model = Net()
opt = torch.optim.SGD(model.parameters(), lr=0.1)
w = torch.randn(4, requires_grad=True).cuda()
total = 0
for step in range(3):
    out = model(torch.randn(8, 4))
    loss = F.mse_loss(out, torch.zeros(8, 2), reduction="none")
    loss.backward()
    opt.step()
    total += loss
    print(out.grad, out.detach().numpy())
'''


def warm_up() -> None:
    """Lint and convert SAMPLE once; a failure only costs the first open its speed."""
    try:
        result = lint_source(SAMPLE, "warm_up.py", Config())
        convert(result, SAMPLE.splitlines(keepends=True), PositionCodec())
    except Exception:  # noqa: BLE001 - never keep the server from starting
        logging.getLogger(__name__).warning("warm-up lint failed", exc_info=True)
