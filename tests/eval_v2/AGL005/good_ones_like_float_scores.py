import torch

torch.manual_seed(0)

token_ids = torch.randint(0, 100, (2, 7))
scores = torch.ones_like(token_ids, dtype=torch.float32, requires_grad=True)
weighted = (scores * token_ids).sum()
weighted.backward()
print(scores.grad.shape)
