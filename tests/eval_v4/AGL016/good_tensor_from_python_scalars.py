"""Hyper-parameters turned into tensors from Python floats."""
import torch

torch.manual_seed(7)
config = {"lr": 0.01, "temperature": 2.5}
temperature = torch.tensor(float(config["temperature"]), requires_grad=True)
logits = torch.randn(4, 3)
torch.log_softmax(logits / temperature, dim=1)[:, 0].mean().backward()
print(temperature.grad)
