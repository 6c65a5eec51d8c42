import torch

torch.manual_seed(0)
log_temp = torch.tensor(0.0, requires_grad=True)
logits = torch.randn(6, 3)
labels = torch.randint(0, 3, (6,))
loss = torch.nn.functional.cross_entropy(logits / log_temp.exp(), labels)
loss.backward()
print(log_temp.grad)
