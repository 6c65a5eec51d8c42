import torch
import torch.nn.functional as F

torch.manual_seed(0)

logits = torch.randn(4, 6, requires_grad=True)
temperature = torch.full((1,), 2, requires_grad=True)  # expect: AGL005
probs = F.softmax(logits / temperature, dim=-1)
probs.max(dim=-1).values.sum().backward()
