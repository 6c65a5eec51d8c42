"""LoRA: the factors are the leaves, so their .grad is what gets inspected."""
import torch

torch.manual_seed(5)
base = torch.randn(6, 6)
lora_a = torch.randn(6, 2, requires_grad=True)
lora_b = torch.zeros(2, 6, requires_grad=True)
weight = base + lora_a @ lora_b
x = torch.randn(4, 6)
loss = (x @ weight).pow(2).mean()
loss.backward()
print(lora_a.grad.abs().sum(), lora_b.grad.abs().sum())
