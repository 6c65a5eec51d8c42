import torch
from torch import nn


class LanguageModel(nn.Module):
    def __init__(self, vocab=30, dim=8):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.lstm = nn.LSTM(dim, dim, batch_first=True)
        self.head = nn.Linear(dim, vocab)

    def forward(self, tokens, state=None):
        out, state = self.lstm(self.emb(tokens), state)
        return self.head(out), state


torch.manual_seed(0)
lm = LanguageModel()
opt = torch.optim.Adam(lm.parameters(), lr=1e-3)
corpus = torch.randint(0, 30, (2, 13))
state = None
for i in range(0, 12, 4):
    inp, tgt = corpus[:, i:i + 4], corpus[:, i + 1:i + 5]
    logits, state = lm(inp, state)
    loss = nn.functional.cross_entropy(logits.reshape(-1, 30), tgt.reshape(-1))
    opt.zero_grad()
    loss.backward()  # expect: AGL007
    opt.step()
