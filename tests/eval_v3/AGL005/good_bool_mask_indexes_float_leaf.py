import torch

torch.manual_seed(0)
attn_scores = torch.randn(2, 4, 4, requires_grad=True)
pad = torch.tensor([[False, False, True, True], [False, False, False, True]])
mask = pad[:, None, :].expand(2, 4, 4)
masked = attn_scores.masked_fill(mask, float("-inf"))
torch.softmax(masked, dim=-1)[..., 0].sum().backward()
print(attn_scores.grad.shape)
