import torch

torch.manual_seed(0)

token_ids = torch.randint(0, 100, (2, 7))
scores = torch.ones_like(token_ids, requires_grad=True)  # expect: AGL005
print(scores.shape)
