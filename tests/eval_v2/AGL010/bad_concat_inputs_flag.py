import torch

torch.manual_seed(0)

text_feat = torch.randn(2, 4, requires_grad=True)
image_feat = torch.randn(2, 4)
fused = torch.cat([text_feat, image_feat], dim=-1)
fused.requires_grad = True  # expect: AGL010
score = fused.pow(2).sum()
score.backward()
