import torch

torch.manual_seed(8)
sizes = [(3, 4), (4, 2)]
weights = [
    torch.randn(*s, requires_grad=True).double()  # expect: AGL013
    for s in sizes
]
opt = torch.optim.SGD(weights, lr=0.01)
