import torch
from torch.autograd import gradcheck

z = torch.randn(3, dtype=torch.complex128, requires_grad=True)
print(gradcheck(lambda t: (t * t.conj()).real, (z,)))
