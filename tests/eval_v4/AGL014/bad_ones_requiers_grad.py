"""Mixing weights created with requiers_grad=True."""
import torch

torch.manual_seed(12)
mix = torch.ones(3, requiers_grad=True)  # expect: AGL014
experts = torch.randn(3, 5)
print((torch.softmax(mix, 0) @ experts).shape)
