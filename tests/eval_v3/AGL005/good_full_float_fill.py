import torch

torch.manual_seed(0)

temperature = torch.full((1,), 7.0, requires_grad=True)
logits = torch.randn(3, 4)
probs = torch.softmax(logits / temperature, dim=-1)
(probs[:, 0].sum()).backward()
print(temperature.grad)
