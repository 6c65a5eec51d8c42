import torch
from torch.autograd import gradcheck
from torch.autograd.gradcheck import GradcheckError


class Rbf(torch.nn.Module):
    def __init__(self, gamma=0.5):
        super().__init__()
        self.gamma = gamma

    def forward(self, x, c):
        return torch.exp(-self.gamma * (x - c).pow(2).sum(-1))


torch.manual_seed(0)
kernel = Rbf()
x = torch.randn(3, 2, requires_grad=True)
c = torch.randn(3, 2)
try:
    gradcheck(kernel, (x, c))  # expect: AGL004
except GradcheckError as err:
    print("gradcheck failed:", str(err).splitlines()[0])
