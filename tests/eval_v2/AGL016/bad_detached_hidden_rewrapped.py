import torch
import torch.nn as nn

torch.manual_seed(0)

rnn = nn.GRU(3, 4, batch_first=True)
seq = torch.randn(1, 6, 3)
_, h = rnn(seq)
h0 = torch.tensor(h.detach(), requires_grad=True)  # expect: AGL016
out, _ = rnn(seq, h0)
out.sum().backward()
print(h0.grad.shape)
