import torch

torch.manual_seed(29)
buffer = torch.zeros(5)
buffer.data.add_(1.0)
buffer.data = buffer.data * 2
print(buffer)
