import torch
import torch.nn as nn

torch.manual_seed(6)
lstm = nn.LSTM(1, 8, batch_first=True)
head = nn.Linear(8, 1)
opt = torch.optim.Adam(list(lstm.parameters()) + list(head.parameters()), lr=1e-2)
series = torch.sin(torch.linspace(0, 6, 40)).view(1, 40, 1)
window_sum = 0.0
for start in range(0, 30, 10):
    chunk = series[:, start : start + 10]
    target = series[:, start + 10]
    out, _ = lstm(chunk)
    loss = (head(out[:, -1]) - target).pow(2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    window_sum += loss  # expect: AGL012
