import torch

torch.manual_seed(0)

text_feat = torch.randn(2, 4, requires_grad=True)
image_feat = torch.randn(2, 4)
fused = torch.cat([text_feat, image_feat], dim=-1).detach().clone()
fused.requires_grad_(True)
fused.pow(2).sum().backward()
print(fused.grad.shape, text_feat.grad)
