"""Mixture-of-experts gate logits allocated with torch.empty(requires_grad=True)."""
import torch

torch.manual_seed(10)
experts = [torch.nn.Linear(3, 2) for _ in range(3)]
gate_logits = torch.empty(3, requires_grad=True)  # expect: AGL017
x = torch.randn(5, 3)
weights = torch.softmax(gate_logits, dim=0)
out = sum(w * e(x) for w, e in zip(weights, experts, strict=True))
out.pow(2).mean().backward()
