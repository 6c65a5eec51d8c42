import torch

torch.manual_seed(0)
params = {
    "W1": torch.randn(4, 8, requires_grad=True).to(torch.float64),  # expect: AGL013
    "b1": torch.zeros(8, dtype=torch.float64, requires_grad=True),
}
opt = torch.optim.SGD(params.values(), lr=0.01)
x = torch.randn(5, 4, dtype=torch.float64)
opt.zero_grad()
torch.tanh(x @ params["W1"] + params["b1"]).sum().backward()
opt.step()
