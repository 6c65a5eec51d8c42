import torch
import torch.nn as nn

torch.manual_seed(0)


class CharRNN(nn.Module):
    def __init__(self, vocab=20, hidden=16):
        super().__init__()
        self.embed = nn.Embedding(vocab, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, vocab)

    def forward(self, x, h):
        y, h = self.rnn(self.embed(x), h)
        return self.out(y), h


model = CharRNN()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
text = torch.randint(0, 20, (2, 13))
hidden = torch.zeros(1, 2, 16)

for start in range(0, 12, 4):
    inp, tgt = text[:, start:start + 4], text[:, start + 1:start + 5]
    logits, hidden = model(inp, hidden)
    loss = nn.functional.cross_entropy(logits.reshape(-1, 20), tgt.reshape(-1))
    opt.zero_grad()
    loss.backward()  # expect: AGL007
    opt.step()
