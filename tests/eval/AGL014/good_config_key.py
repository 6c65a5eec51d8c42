import torch

config = {"require_grad": True, "size": 3}
w = torch.randn(config["size"], requires_grad=config["require_grad"])
print(w.requires_grad)
