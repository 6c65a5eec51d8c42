import torch


class NMF:
    def __init__(self, n, m, rank):
        self.W = torch.rand(n, rank, requires_grad=True)
        self.H = torch.rand(rank, m, requires_grad=True)
        self.opt = torch.optim.SGD([self.W, self.H], lr=0.01)

    def step(self, V):
        self.opt.zero_grad()
        loss = (V - self.W @ self.H).pow(2).mean()
        loss.backward()
        self.opt.step()
        with torch.no_grad():
            self.W.clamp_(min=0)
            self.H.clamp_(min=0)
        return loss.item()


torch.manual_seed(0)
nmf = NMF(4, 5, 2)
print([nmf.step(torch.rand(4, 5)) for _ in range(2)])
