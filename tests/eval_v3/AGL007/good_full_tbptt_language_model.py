"""Truncated backpropagation through time with the hidden state detached per chunk."""

import torch
from torch import nn


class CharLM(nn.Module):
    def __init__(self, vocab=20, dim=16):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.rnn = nn.LSTM(dim, dim, batch_first=True)
        self.head = nn.Linear(dim, vocab)

    def forward(self, tokens, state=None):
        out, state = self.rnn(self.emb(tokens), state)
        return self.head(out), state


def detach_state(state):
    return tuple(s.detach() for s in state)


torch.manual_seed(0)
vocab, bptt = 20, 4
model = CharLM(vocab)
opt = torch.optim.Adam(model.parameters(), lr=3e-3)
corpus = torch.randint(0, vocab, (2, 17))
for epoch in range(2):
    state, total = None, 0.0
    for i in range(0, corpus.size(1) - 1, bptt):
        inp, tgt = corpus[:, i:i + bptt], corpus[:, i + 1:i + 1 + bptt]
        if state is not None:
            state = detach_state(state)
        logits, state = model(inp, state)
        loss = nn.functional.cross_entropy(logits.reshape(-1, vocab), tgt.reshape(-1))
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), 0.5)
        opt.step()
        total += loss.item()
    print(epoch, total)
