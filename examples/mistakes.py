"""One autograd mistake per function: `autograd-lint --confirm examples/mistakes.py` runs each
function on its own under torch and quotes torch's evidence for every finding."""

import torch
import torch.nn.functional as F
from torch.autograd import gradcheck


def nonleaf_grad():
    w = torch.randn(3, requires_grad=True).view(3, 1)
    (torch.randn(2, 3) @ w).sum().backward()
    return w.grad


def per_sample_backward():
    pred = torch.randn(8, 1, requires_grad=True)
    loss = F.mse_loss(pred, torch.zeros(8, 1), reduction="none")
    loss.backward()


def integer_requires_grad():
    return torch.tensor([0, 1, 1], requires_grad=True)


def float32_gradcheck():
    return gradcheck(torch.sin, (torch.randn(4, requires_grad=True),), raise_exception=False)


def data_mutation():
    w = torch.randn(3, requires_grad=True)
    y = (w * w).sum()
    w.data.mul_(10)
    y.backward()
    return w.grad


if __name__ == "__main__":
    for mistake in (nonleaf_grad, per_sample_backward, integer_requires_grad,
                    float32_gradcheck, data_mutation):
        try:
            mistake()
        except RuntimeError as error:
            print(f"{mistake.__name__}: {error}")
