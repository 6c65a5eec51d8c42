"""LoRA adapter: inspect the gradient of the low-rank update."""
import torch

torch.manual_seed(5)
base = torch.randn(6, 6)
lora_a = torch.randn(6, 2, requires_grad=True)
lora_b = torch.zeros(2, 6, requires_grad=True)
delta = lora_a @ lora_b
weight = base + delta
x = torch.randn(4, 6)
loss = (x @ weight).pow(2).mean()
loss.backward()
print("delta grad:", delta.grad)  # expect: AGL001
