import torch

factory_kwargs = {"requires_grad": True, "dtype": torch.float32}
w = torch.zeros(2, **factory_kwargs)
print(w.requires_grad)
