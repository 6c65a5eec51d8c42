import torch

torch.manual_seed(0)

temperature = torch.full((1,), 7, requires_grad=True)  # expect: AGL005
logits = torch.randn(3, 4)
probs = torch.softmax(logits / temperature, dim=-1)
print(probs.sum())
