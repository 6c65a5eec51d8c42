import torch

torch.manual_seed(0)

device = torch.device("cpu")
shape = (1, 3, 8, 8)
img = torch.rand(shape, requires_grad=True).to(device=device, dtype=torch.double)  # expect: AGL013
content = torch.rand(shape, dtype=torch.float64)
optimizer = torch.optim.LBFGS([img], max_iter=2)


def closure():
    optimizer.zero_grad()
    loss = (img - content).pow(2).mean()
    loss.backward()
    return loss


optimizer.step(closure)
