import torch

torch.manual_seed(0)
config = {"require_grad": True, "lr": 0.1}
w = torch.randn(3, requires_grad=config["require_grad"])
w.sum().backward()
