import torch
import torch.nn as nn

torch.manual_seed(0)

embed = nn.Embedding(20, 16)
rnn = nn.GRU(16, 16, batch_first=True)
out = nn.Linear(16, 20)
params = [*embed.parameters(), *rnn.parameters(), *out.parameters()]
opt = torch.optim.Adam(params, lr=1e-3)
text = torch.randint(0, 20, (2, 13))
hidden = torch.zeros(1, 2, 16)

for start in range(0, 12, 4):
    inp, tgt = text[:, start:start + 4], text[:, start + 1:start + 5]
    hidden = hidden.detach()
    y, hidden = rnn(embed(inp), hidden)
    loss = nn.functional.cross_entropy(out(y).reshape(-1, 20), tgt.reshape(-1))
    opt.zero_grad()
    loss.backward()
    opt.step()
