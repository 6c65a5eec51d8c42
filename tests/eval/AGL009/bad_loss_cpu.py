import torch
import torch.nn.functional as F

logits = torch.randn(4, 3, requires_grad=True)
loss = F.cross_entropy(logits, torch.tensor([0, 1, 2, 1]))
value = loss.cpu().numpy()  # expect: AGL009
print(value)
