import torch
from torch.autograd import gradcheck

torch.manual_seed(8)
pred = torch.randn(5, dtype=torch.float64, requires_grad=True)
target = torch.randn(5)


def huber(pred, target):
    return torch.nn.functional.huber_loss(pred, target.double())


assert gradcheck(huber, (pred, target))
