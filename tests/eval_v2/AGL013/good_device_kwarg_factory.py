import torch

torch.manual_seed(0)


class SACAgent:
    def __init__(self, action_dim, device="cpu"):
        self.target_entropy = -float(action_dim)
        self.log_alpha = torch.zeros(1, device=device, requires_grad=True)
        self.alpha_opt = torch.optim.Adam([self.log_alpha], lr=3e-4)


agent = SACAgent(action_dim=2)
loss = -(agent.log_alpha * (agent.target_entropy + 1.0)).mean()
loss.backward()
agent.alpha_opt.step()
