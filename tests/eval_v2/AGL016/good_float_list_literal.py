import torch

torch.manual_seed(0)

class_weights = torch.tensor([0.2, 0.3, 0.5], requires_grad=True)
temperature = torch.tensor(1.5, requires_grad=True)
logits = torch.randn(4, 3)
loss = (torch.log_softmax(logits / temperature, -1) * class_weights).sum()
loss.backward()
print(class_weights.grad, temperature.grad)
