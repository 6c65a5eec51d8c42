import torch
import torch.nn as nn

torch.manual_seed(82)
encoder = nn.GRU(2, 6, batch_first=True)
decoder = nn.GRUCell(1, 6)
head = nn.Linear(6, 1)
params = [*encoder.parameters(), *decoder.parameters(), *head.parameters()]
opt = torch.optim.Adam(params, lr=1e-3)
history, future = torch.randn(3, 8, 2), torch.randn(3, 4, 1)
_, memory = encoder(history)
h = memory[0]
for t in range(4):
    h = decoder(future[:, t], h)
    step_loss = (head(h) - future[:, t]).pow(2).mean()
    opt.zero_grad()
    step_loss.backward()  # expect: AGL007
    opt.step()
