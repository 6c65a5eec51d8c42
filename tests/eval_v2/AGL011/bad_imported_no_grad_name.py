from torch import manual_seed, nn, no_grad, optim, randn

manual_seed(0)

model = nn.Linear(4, 2)
opt = optim.SGD(model.parameters(), lr=0.1)
x = randn(3, 4)
with no_grad():
    scores = model(x)
loss = scores.logsumexp(-1).mean()
opt.zero_grad()
loss.backward()  # expect: AGL011
opt.step()
